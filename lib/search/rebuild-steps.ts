// A rebuild of the library's index as steps, for running in slices while the server
// keeps answering from the old index: its own connection holds one read transaction
// (WAL: writers go on) so the index is the library of one moment, read a page at a time.

import { openSqlite } from "../db/sqlite";
import { SearchIndexBuilder } from "./build-search-index";
import type { AbstractSource } from "./document-table";
import { libraryRevision, searchDocumentPages } from "./documents";
import type { SearchIndex } from "./search-index";
import type { Steps } from "./steps";

const PAGE = 500;

export function* rebuildSteps(databaseFile: string, abstracts: AbstractSource): Steps<SearchIndex> {
  const reader = openSqlite(`file:${databaseFile}`);
  let revision: string;
  const builder = new SearchIndexBuilder(abstracts);
  try {
    reader.exec("BEGIN");
    revision = libraryRevision(reader);
    for (const page of searchDocumentPages(reader, PAGE)) {
      for (let i = 0; i < page.length; i++) {
        builder.add(page[i]!);
        if (i % 25 === 24) yield;
      }
      yield;
    }
    reader.exec("COMMIT");
  } finally {
    if (reader.inTransaction) reader.exec("ROLLBACK");
    reader.close();
  }
  return yield* builder.finish(revision);
}
