/** The part of Paged.js (npm `pagedjs`, shipped without types) that the handbook's print view uses. */
declare module 'pagedjs' {
  export class Polisher {
    constructor(setup?: boolean);
    inserted: unknown[];
    styleSheet: CSSStyleSheet | null;
    setup(): CSSStyleSheet | null;
    insert(text: string): unknown;
    destroy(): void;
  }
  export interface Flow {
    total: number;
    pages: unknown[];
  }
  export class Previewer {
    polisher: Polisher;
    preview(content?: DocumentFragment | Element, stylesheets?: unknown[], renderTo?: Element): Promise<Flow>;
  }
}
