import { setTimeout as sleep } from 'node:timers/promises';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { HOLD_ID_PLACEHOLDER, WALLET_ID_PLACEHOLDER } from '../../src/http/playground-queries';
import { startTestServer, TestServer } from '../support/server';
import { launchLocalOnlyBrowser } from './local-only-browser';
import { PlaygroundPage } from './playground-page';

/**
 * The README's walk-through, step by step, in the Playground in a real Chromium, against the real service
 * (createApp on port 0, on a fresh table of the run's DynamoDB Local). Each step is screenshotted into
 * test-results/browser (git-ignored); the folder is kept when a step fails (or with KEEP_SCREENSHOTS=1).
 */
const SHOTS = join(__dirname, '..', '..', 'test-results', 'browser');

type GraphQLErrors = Array<{ message: string; extensions: { code: string } }>;

/** Headers for every request the page sends; none today (an Authorization header would go here). */
const walkthroughHeaders = (): Record<string, string> => ({});

describe('README walk-through in GraphQL Playground (Chromium)', () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchLocalOnlyBrowser>>;
  let playground: PlaygroundPage;
  let shot = 0;
  let passed = false;

  /** One README step, screenshotted after it whatever happens. */
  const step = async <T>(name: string, body: () => Promise<T>): Promise<T> => {
    try {
      return await body();
    } finally {
      shot += 1;
      await playground.page.screenshot({ path: join(SHOTS, `${String(shot).padStart(2, '0')}-${name}.png`) }).catch(() => undefined);
    }
  };
  /** The result pane's JSON. A 400 answer (a refused variable) is shown by the Playground as { "error": { "errors": [...] } }. */
  const resultOf = async () => {
    const shown = JSON.parse(await playground.run()) as { data?: any; errors?: GraphQLErrors; error?: { errors?: GraphQLErrors } };
    return { data: shown.data, errors: shown.errors ?? shown.error?.errors };
  };

  beforeAll(async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer({ playground: true });
    browser = await launchLocalOnlyBrowser(walkthroughHeaders);
    playground = new PlaygroundPage(await browser.context.newPage());
    await playground.open(`${server.url}/graphql`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (passed && !process.env.KEEP_SCREENSHOTS) rmSync(SHOTS, { recursive: true, force: true });
  });

  it('walks every step in order, and nothing leaves localhost', async () => {
    // The guard itself: a request to elsewhere (.invalid never resolves) is stopped in the browser and recorded.
    expect(await playground.page.evaluate(`fetch('http://leak-check.invalid/').then(() => 'sent', () => 'stopped')`)).toBe('stopped');
    expect(browser.leaks.splice(0)).toContain('http://leak-check.invalid/');

    const walletId = await step('create-wallet', async () => {
      await playground.selectTab('1. Create wallet');
      const { data } = await resultOf();
      expect(data.createWallet).toMatchObject({ __typename: 'WalletCreated', wallet: { currency: 'GBP', balance: '0.00', version: 0 } });
      expect(await playground.visibleResult()).toContain('"WalletCreated"');
      return data.createWallet.wallet.id as string;
    });

    await step('increase', async () => {
      await playground.selectTab('2. Increase balance');
      expect(await playground.variables()).toMatchObject({
        walletId: WALLET_ID_PLACEHOLDER,
        amount: '100.50',
        currency: 'GBP',
        expectedVersion: 0,
      });
      await playground.editVariables({ walletId });
      const { data } = await resultOf();
      expect(data.increaseBalance).toMatchObject({
        __typename: 'BalanceIncreased',
        amount: '100.50',
        wallet: { balance: '100.50', version: 1 },
      });
      expect(await playground.visibleResult()).toContain('"BalanceIncreased"');
    });

    await step('decrease', async () => {
      await playground.selectTab('3. Decrease balance');
      expect(await playground.variables()).toMatchObject({ amount: '20.25', expectedVersion: 1 });
      await playground.editVariables({ walletId });
      const { data } = await resultOf();
      expect(data.decreaseBalance).toMatchObject({ __typename: 'BalanceDecreased', wallet: { balance: '80.25', version: 2 } });
    });

    await step('conflict-first-run', async () => {
      await playground.selectTab('4. Conflict: run me twice');
      expect(await playground.variables()).toMatchObject({ amount: '5.00', expectedVersion: 2 });
      await playground.editVariables({ walletId });
      const { data } = await resultOf();
      expect(data.increaseBalance).toMatchObject({ __typename: 'BalanceIncreased', wallet: { balance: '85.25', version: 3 } });
    });

    await step('conflict-second-run', async () => {
      const { data } = await resultOf();
      expect(data.increaseBalance).toMatchObject({
        __typename: 'VersionConflict',
        code: 'VERSION_CONFLICT',
        expectedVersion: 2,
        actualVersion: 3,
        wallet: { balance: '85.25', version: 3 },
      });
      const shown = await playground.visibleResult();
      expect(shown).toContain('"VersionConflict"');
      expect(shown).toContain('"actualVersion": 3');
    });

    await step('history', async () => {
      await playground.selectTab('5. Read wallet and history');
      await playground.editVariables({ walletId });
      const { data } = await resultOf();
      expect(data.wallet).toMatchObject({ id: walletId, balance: '85.25', version: 3 });
      expect(data.wallet.history.edges.map((edge: any) => [edge.node.version, edge.node.type, edge.node.balanceAfter])).toEqual([
        [3, 'BALANCE_INCREASED', '85.25'],
        [2, 'BALANCE_DECREASED', '80.25'],
        [1, 'BALANCE_INCREASED', '100.50'],
        [0, 'WALLET_CREATED', '0.00'],
      ]);
    });

    // The errors, in the decrease tab (it sends no idempotency key), each from the tab's variables as left by the step before.
    await playground.selectTab('3. Decrease balance');
    const errorCases: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
      [
        'insufficient-balance',
        { amount: '1000.00', expectedVersion: 3 },
        { __typename: 'InsufficientBalance', balance: '85.25', requested: '1000.00' },
      ],
      [
        'currency-mismatch',
        { amount: '1.00', currency: 'EUR' },
        { __typename: 'CurrencyMismatch', walletCurrency: 'GBP', givenCurrency: 'EUR' },
      ],
      [
        'invalid-amount-zero',
        { amount: '0', currency: 'GBP' },
        { __typename: 'InvalidAmount', rejectedAmount: '0', reason: 'NOT_POSITIVE' },
      ],
      [
        'invalid-amount-decimals',
        { amount: '1.001' },
        { __typename: 'InvalidAmount', rejectedAmount: '1.001', reason: 'TOO_MANY_DECIMALS' },
      ],
      [
        'wallet-not-found',
        { amount: '1.00', walletId: 'made-up-wallet-id' },
        { __typename: 'WalletNotFound', walletId: 'made-up-wallet-id' },
      ],
    ];
    for (const [name, variables, expected] of errorCases) {
      await step(name, async () => {
        await playground.editVariables(variables);
        const { data } = await resultOf();
        expect(data.decreaseBalance).toMatchObject(expected);
        expect(await playground.visibleResult()).toContain(`"${expected.__typename}"`);
      });
    }
    for (const [name, variables] of [
      ['bad-decimal', { walletId, amount: 'abc' }],
      ['negative-version', { amount: '1.00', expectedVersion: -1 }],
    ] as const) {
      await step(name, async () => {
        await playground.editVariables(variables);
        const { errors } = await resultOf();
        expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(await playground.visibleResult()).toContain('BAD_USER_INPUT');
      });
    }

    const secondWalletId = await step('create-second-wallet', async () => {
      await playground.selectTab('1. Create wallet');
      const { data } = await resultOf();
      expect(data.createWallet.wallet).toMatchObject({ currency: 'GBP', version: 0 });
      expect(data.createWallet.wallet.id).not.toBe(walletId);
      return data.createWallet.wallet.id as string;
    });

    await step('transfer', async () => {
      await playground.selectTab('6. Transfer');
      expect(await playground.variables()).toMatchObject({ amount: '10.00', currency: 'GBP', expectedVersion: 3 });
      await playground.editVariables({ fromWalletId: walletId, toWalletId: secondWalletId });
      const { data } = await resultOf();
      expect(data.transfer).toMatchObject({
        __typename: 'MoneyTransferred',
        amount: '10.00',
        from: { id: walletId, balance: '75.25', version: 4 },
        to: { id: secondWalletId, balance: '10.00', version: 1 },
      });
      expect(await playground.visibleResult()).toContain('"MoneyTransferred"');
    });

    const holdId = await step('place-hold', async () => {
      await playground.selectTab('7. Place a hold');
      expect(await playground.variables()).toMatchObject({ amount: '25.00', expectedVersion: 4, expiresInSeconds: 600 });
      await playground.editVariables({ walletId });
      const { data } = await resultOf();
      expect(data.placeHold).toMatchObject({
        __typename: 'HoldPlaced',
        hold: { amount: '25.00', status: 'PENDING' },
        wallet: { balance: '75.25', availableBalance: '50.25', heldBalance: '25.00', version: 5 },
      });
      return data.placeHold.hold.id as string;
    });

    await step('capture-hold', async () => {
      await playground.selectTab('8. Capture the hold');
      expect(await playground.variables()).toMatchObject({ holdId: HOLD_ID_PLACEHOLDER, amount: '10.00', expectedVersion: 5 });
      await playground.editVariables({ holdId });
      const { data } = await resultOf();
      expect(data.captureHold).toMatchObject({
        __typename: 'HoldCaptured',
        amount: '10.00',
        hold: { status: 'CAPTURED', capturedAmount: '10.00' },
        wallet: { balance: '65.25', availableBalance: '65.25', heldBalance: '0.00', version: 7 },
      });
      expect(await playground.visibleResult()).toContain('"HoldCaptured"');
    });

    // Live: a second browser tab subscribes (over WebSocket, the legacy protocol Playground 1.7 speaks) and
    // sees the change this tab makes.
    const watcher = new PlaygroundPage(await browser.context.newPage());
    await step('subscribe', async () => {
      await watcher.open(`${server.url}/graphql`);
      await watcher.selectTab('9. Live wallet (subscription)');
      await watcher.editVariables({ walletId, afterVersion: 7 });
      await watcher.subscribe();
      // Let the socket open and the subscription join the feed before the change.
      await sleep(1_500);
    });
    await step('change-while-subscribed', async () => {
      await playground.selectTab('4. Conflict: run me twice');
      await playground.editVariables({ walletId, amount: '5.00', expectedVersion: 7 });
      const { data } = await resultOf();
      expect(data.increaseBalance).toMatchObject({ __typename: 'BalanceIncreased', wallet: { balance: '70.25', version: 8 } });
    });
    await step('event-seen', async () => {
      const shown = JSON.parse(await watcher.resultMatching(/"walletEvents"/)) as { data: { walletEvents: Record<string, unknown> } };
      expect(shown.data.walletEvents).toMatchObject({ version: 8, balance: '70.25', entry: { type: 'BALANCE_INCREASED', amount: '5.00' } });
    });

    expect(browser.leaks).toEqual([]);
    passed = true;
  });
});
