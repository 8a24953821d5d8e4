import { once } from 'node:events';
import { IncomingMessage, ServerResponse } from 'node:http';
import { SpanStatusCode } from '@opentelemetry/api';
import { performance } from 'node:perf_hooks';
import { ServiceMetrics, StatementCsvResult } from '../application/service-metrics.port';
import { WalletUseCases } from '../application/wallet-use-cases';
import { Caller } from '../domain/caller';
import { StoreUnavailable } from '../domain/store-unavailable';
import { isCalendarInstant } from '../domain/instant';
import { Statement, versionOf, windowProblem } from '../domain/statement';
import { unavailable } from '../graphql/history-unavailable';
import { plain } from './graphql-handler';
import { STORE_RETRY_AFTER_SECONDS, STORE_UNAVAILABLE_MESSAGE } from './error-policy';
import { inServerSpan } from './operation-span';
import { COLUMNS, csvFilename, csvText, cutShortLine, entryLine, summaryLine } from './statement-csv-lines';

/** `/wallets/{id}/statement.csv`: the statement of one wallet as CSV (id percent-encoded). */
const CSV_PATH = /^\/wallets\/([^/]{1,400})\/statement\.csv$/;
/** Rows one CSV may hold: a window with more entries is refused before a byte is streamed. */
const MAX_CSV_ENTRIES = 50_000;
const PAGE = 100;

export interface StatementCsvLimits {
  /**
   * Bytes one CSV may hold. A line takes at most about 15 KB (the largest metadata, 3 bytes a character), so the
   * 50,000 entries could make 730 MB; at this budget the file ends with a CUT_SHORT line naming where to go on.
   */
  readonly maxBytes: number;
  /** How long the client may take to read a page (the socket's buffer to drain) before the connection is closed. */
  readonly stallMs: number;
}

/** 64 MiB: a window of 50,000 ordinary entries (about 10 MB) is never cut; the stall deadline is REQUEST_TIMEOUT_MS's default. */
export const DEFAULT_STATEMENT_CSV_LIMITS: StatementCsvLimits = { maxBytes: 64 * 1024 * 1024, stallMs: 30_000 };

/** The wallet id a path asks a statement of, or undefined when the path is not a statement's. */
export function statementWalletId(path: string): string | undefined {
  const match = CSV_PATH.exec(path);
  return match ? decodeURIComponent(match[1]) : undefined;
}

/** The route as tracing names it (OpenTelemetry's `http.route`): never the wallet id. */
export const STATEMENT_CSV_ROUTE = '/wallets/{id}/statement.csv';

/**
 * One CSV statement request, as a GraphQL request is served: inside a SERVER span continuing the caller's
 * `traceparent` (the store's spans its children), counted and timed by how it ended
 * (`wallet_statement_csv_requests_total{result}`, docs/running-it.md).
 */
export async function serveStatementCsv(
  wallets: WalletUseCases,
  metrics: ServiceMetrics,
  caller: Caller,
  walletId: string,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  limits: StatementCsvLimits = DEFAULT_STATEMENT_CSV_LIMITS,
): Promise<void> {
  const startedAt = performance.now();
  const attributes = { 'request.id': requestId, 'http.request.method': 'GET', 'http.route': STATEMENT_CSV_ROUTE };
  await inServerSpan(`GET ${STATEMENT_CSV_ROUTE}`, req.headers, attributes, async (span) => {
    let result: StatementCsvResult = 'error';
    try {
      const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
      result = await answerStatementCsv(wallets, caller, walletId, query, res, limits);
    } catch (error) {
      // A client that hung up or stopped reading is routine; anything else is a failure (serve-requests.ts answers it).
      result = req.destroyed || res.destroyed ? 'aborted' : 'error';
      // The store failing is an outage, not a bug: 503 before the head; after it, the file is cut (no closing line, so
      // never taken for whole).
      if (result === 'error' && answeredUnavailable(error, res)) {
        result = 'store_unavailable';
        return;
      }
      throw error;
    } finally {
      // A failure before the head is answered 500 by serve-requests.ts, after this span has ended.
      const status = result === 'error' && !res.headersSent ? 500 : res.statusCode;
      span.setAttributes({ 'http.response.status_code': status, 'statement.csv.result': result });
      // A store outage is answered (503, or the file cut) rather than thrown: the span says it failed, as a GraphQL one does.
      if (result === 'store_unavailable') span.setStatus({ code: SpanStatusCode.ERROR, message: 'STORE_UNAVAILABLE' });
      metrics.statementCsvRequest(result, (performance.now() - startedAt) / 1000);
    }
  });
}

/**
 * Streams a statement: a header row, an OPENING_BALANCE line, one line per entry (oldest first, read a
 * page at a time, never the whole window in memory), and a CLOSING_BALANCE line whose money_in and
 * money_out are the window's totals: opening + money_in - money_out = closing, checkable in a spreadsheet.
 * A window not yet final (its end not passed by FINAL_AFTER_MS) closes with CLOSING_BALANCE_SO_FAR instead.
 * Another owner's wallet is 404 like an unknown id. A CSV cut short has no closing line: one that reached
 * `limits.maxBytes` ends with a CUT_SHORT line dated at the first entry left out (ask again from there); one whose
 * client stopped reading for `limits.stallMs` is cut with its connection.
 */
export async function answerStatementCsv(
  wallets: WalletUseCases,
  caller: Caller,
  walletId: string,
  query: URLSearchParams,
  res: ServerResponse,
  limits: StatementCsvLimits = DEFAULT_STATEMENT_CSV_LIMITS,
): Promise<StatementCsvResult> {
  // A window given twice, or a parameter of another name (`FROM`, `from[]`), is ambiguous: a proxy or a signer that reads
  // it otherwise would see another window than this.
  const names = [...query.keys()];
  if (names.length !== new Set(names).size || names.some((name) => name !== 'from' && name !== 'to')) {
    plain(res, 400, 'from and to must each be given once, and nothing else');
    return 'bad_request';
  }
  const from = (query.get('from') ?? '').toUpperCase(); // RFC 3339's lower-case t and z, as the DateTime scalar takes them
  const to = (query.get('to') ?? '').toUpperCase();
  if (!isCalendarInstant(from) || !isCalendarInstant(to)) {
    plain(res, 400, 'from and to must be ISO-8601 instants that exist, such as 2026-10-01T00:00:00Z');
    return 'bad_request';
  }
  const problem = windowProblem(from, to);
  if (problem) {
    plain(res, 400, problem);
    return 'bad_request';
  }
  const wallet = walletId.length <= 128 ? await wallets.getWallet(caller, walletId) : undefined;
  const statement: Statement | undefined = wallet && (await wallets.statement(caller, wallet, from, to));
  if (!statement) {
    plain(res, 404, 'Not found');
    return 'not_found';
  }
  if (versionOf(statement.closing) - versionOf(statement.opening) > MAX_CSV_ENTRIES) {
    plain(res, 422, `The window holds more than ${MAX_CSV_ENTRIES} entries: narrow it`);
    return 'too_many_entries';
  }
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${csvFilename(statement)}"`,
  });
  // A window that had not ended by the margin (isFinalAt) closes on a balance so far, named so: never taken for final.
  const closing = csvText([summaryLine(statement, statement.final ? 'CLOSING_BALANCE' : 'CLOSING_BALANCE_SO_FAR')]);
  // What must still fit once a page is written: the closing line, or the CUT_SHORT line (its longest: any version).
  const reserve = Math.max(
    Buffer.byteLength(closing),
    Buffer.byteLength(
      csvText([cutShortLine(statement, { occurredAt: '0000-00-00T00:00:00.000Z', version: Number.MAX_SAFE_INTEGER }, limits.maxBytes)]),
    ),
  );
  let written = await write(res, [[...COLUMNS], summaryLine(statement, 'OPENING_BALANCE')], limits.stallMs);
  for (let after: number | undefined; ; ) {
    const entries = await wallets.statementEntries(statement, after, PAGE);
    if (entries.length === 0) break;
    const text = csvText(entries.map((entry) => entryLine(entry)));
    if (written + Buffer.byteLength(text) + reserve > limits.maxBytes) {
      await write(res, [cutShortLine(statement, entries[0], limits.maxBytes)], limits.stallMs);
      res.end();
      return 'cut_short';
    }
    written += await write(res, text, limits.stallMs);
    after = entries[entries.length - 1].version;
  }
  await write(res, closing, limits.stallMs);
  res.end();
  return 'ok';
}

/**
 * Answers a failure of the store (typed so by every store: infrastructure/store-failure.ts) or of its history
 * (HISTORY_UNAVAILABLE), if `error` is one: 503 before the head, or the connection cut after it. False for anything else.
 */
function answeredUnavailable(error: unknown, res: ServerResponse): boolean {
  const message = error instanceof StoreUnavailable ? STORE_UNAVAILABLE_MESSAGE : unavailable(error)?.message;
  if (message === undefined) return false;
  if (res.headersSent) {
    res.destroy();
    return true;
  }
  if (error instanceof StoreUnavailable) res.setHeader('retry-after', String(STORE_RETRY_AFTER_SECONDS));
  plain(res, 503, message);
  return true;
}

/**
 * Writes lines, waiting for the socket to drain when it asks to: a slow reader holds no more than a page, and a
 * reader that takes nothing of it for `stallMs` loses the connection (it held it for good before). Returns the bytes.
 */
async function write(res: ServerResponse, lines: readonly string[][] | string, stallMs: number): Promise<number> {
  const text = typeof lines === 'string' ? lines : csvText(lines);
  if (!res.write(text)) {
    // Destroying the response closes its socket, and 'close' ends the wait.
    const deadline = setTimeout(() => res.destroy(), stallMs);
    // The wait that loses is aborted: its listeners would otherwise stay on the response, a pair per drain.
    const settled = new AbortController();
    try {
      await Promise.race([once(res, 'drain', { signal: settled.signal }), once(res, 'close', { signal: settled.signal })]);
    } finally {
      clearTimeout(deadline);
      settled.abort();
    }
  }
  if (res.destroyed) throw new Error('The client went away during the statement, or stopped reading it');
  return Buffer.byteLength(text);
}
