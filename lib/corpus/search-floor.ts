// The floor search is measured against: FlexSearch alone answering a query's words, as
// decision 0002 first configured it (titles and authors "forward", abstracts "strict",
// FlexSearch's default resolution), over the same tokenized text. FlexSearch intersects
// the words of a field's query itself; it gives no totals, facets, phrases or ranking.

import { Index } from "flexsearch";
import type { SearchDocument } from "../search/documents";
import { parseQuery } from "../search/query-parser";
import type { FieldName } from "../search/search-index";
import { tokenize } from "../search/tokenize";

const encode = (text: string) => text.split(" ").filter(Boolean);
const FIELDS_OF = { all: ["title", "authors", "abstract"], title: ["title"], authors: ["authors"], abstract: ["abstract"] } as const;

export class FlexSearchFloor {
  private constructor(private readonly fields: Record<FieldName, Index>) {}

  static build(docs: SearchDocument[]): FlexSearchFloor {
    const fields: Record<FieldName, Index> = {
      title: new Index({ tokenize: "forward", encode }),
      authors: new Index({ tokenize: "forward", encode }),
      abstract: new Index({ tokenize: "strict", encode }),
    };
    docs.forEach((doc, d) => {
      const text = { title: doc.title ?? "", authors: doc.authors.map((a) => a.name).join(" "), abstract: doc.abstract ?? "" };
      for (const field of ["title", "authors", "abstract"] as const) {
        const words = tokenize(text[field]);
        if (words.length) fields[field].add(d, words.join(" "));
      }
    });
    return new FlexSearchFloor(fields);
  }

  /** FlexSearch's queries for the positive words of `q` (all-field words as one query per
   * field, field clauses in their field), each up to `limit` ids; returns the ids' count. */
  query(q: string, limit: number): number {
    const positive = parseQuery(q).clauses.filter((c) => !c.negated);
    const queries: [FieldName, string][] = [];
    const everywhere = positive.filter((c) => c.field === "all").flatMap((c) => c.words);
    if (everywhere.length) for (const f of FIELDS_OF.all) queries.push([f, everywhere.join(" ")]);
    for (const c of positive.filter((c) => c.field !== "all")) for (const f of FIELDS_OF[c.field]) queries.push([f, c.words.join(" ")]);
    let ids = 0;
    for (const [field, text] of queries) ids += (this.fields[field].search(text, { limit }) as number[]).length;
    return ids;
  }
}
