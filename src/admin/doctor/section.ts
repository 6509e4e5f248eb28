/** What each doctor check returns: facts to show, and problems each with what to do about it. */
export interface Problem {
  text: string;
  /** Supporting lines shown under the problem (log excerpts). */
  details?: string[];
  fix?: string;
}

export interface Section {
  title: string;
  facts: string[];
  problems: Problem[];
}

export function section(title: string): Section {
  return { title, facts: [], problems: [] };
}
