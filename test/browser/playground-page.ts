import { Page } from 'playwright-core';

/*
 * GraphQL Playground driven as a person would: click a tab, edit its variables, press the play button,
 * read the result pane. The editors are CodeMirror 5; its instance hangs off `.CodeMirror`, and setValue
 * fires the same change event as typing. In the active tab the editors are, in order: query, variables, result.
 * Scripts run in the page as strings: this project compiles without the DOM types.
 */
const EDITORS = '.graphiql-wrapper.active .CodeMirror';

export class PlaygroundPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.waitForSelector(EDITORS, { timeout: 60_000 });
  }

  async selectTab(name: string): Promise<void> {
    await this.page.getByText(name, { exact: true }).click();
    await this.page.waitForFunction(`document.querySelector(${JSON.stringify(EDITORS)}).CodeMirror.getValue().length > 0`);
  }

  /** The tab's variables as JSON, after opening the QUERY VARIABLES panel if it is folded. */
  async variables(): Promise<Record<string, unknown>> {
    if (((await this.page.locator(EDITORS).nth(1).boundingBox())?.height ?? 0) < 40) {
      await this.page.getByText(/^query variables$/i).click();
    }
    return JSON.parse(await this.editor(1, 'getValue()'));
  }

  /** Edits some variables, keeping the others as the tab has them (as a reader pastes an id). */
  async editVariables(changes: Record<string, unknown>): Promise<void> {
    const text = JSON.stringify({ ...(await this.variables()), ...changes }, null, 2);
    await this.editor(1, `setValue(${JSON.stringify(text)})`);
  }

  /** Presses play and answers the result pane's text, once it shows a new answer. */
  async run(): Promise<string> {
    await this.editor(2, 'setValue("")');
    await this.page.locator('[title="Execute Query (Ctrl-Enter)"]').click();
    await this.page.waitForFunction(
      `/"(data|errors)"/.test(document.querySelectorAll(${JSON.stringify(EDITORS)})[2].CodeMirror.getValue())`,
    );
    return this.editor(2, 'getValue()');
  }

  /** Presses play on a subscription tab: the play button turns into stop and the result pane shows each event as it comes. */
  async subscribe(): Promise<void> {
    await this.editor(2, 'setValue("")');
    await this.page.locator('[title="Execute Query (Ctrl-Enter)"]').click();
  }

  /** Waits until the result pane's text matches `pattern` (a subscription's event arrived) and answers it. */
  async resultMatching(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
    await this.page.waitForFunction(
      `${pattern.toString()}.test(document.querySelectorAll(${JSON.stringify(EDITORS)})[2].CodeMirror.getValue())`,
      undefined,
      { timeout: timeoutMs },
    );
    return this.editor(2, 'getValue()');
  }

  /** What a person sees of the result pane (rendered lines, not the editor's model). */
  async visibleResult(): Promise<string> {
    // innerText, not textContent: what is rendered (line breaks as shown), which is what a person reads.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here.
    return this.page.locator(EDITORS).nth(2).innerText();
  }

  private editor(index: number, call: string): Promise<string> {
    return this.page.evaluate(`document.querySelectorAll(${JSON.stringify(EDITORS)})[${index}].CodeMirror.${call}`) as Promise<string>;
  }
}
