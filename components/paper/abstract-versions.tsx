// When sources disagree on the abstract: each pair of versions side by side (stacked on
// a phone) with a word diff, removed words struck through on the left, added ones
// underlined on the right. Formulas stay as their source text so every change shows.
import type { AbstractVersionDetail } from "@/lib/papers/queries";
import { wordDiff, type DiffSegment } from "@/lib/papers/word-diff";
import { SourceLabel } from "./source-label";

export type AbstractVersionsProps = { versions: AbstractVersionDetail[]; shown: string | null };

export function AbstractVersions({ versions, shown }: AbstractVersionsProps) {
  const pairs = versions.slice(1).map((after, i) => [i, versions[i]!, after] as const);
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading" className="font-serif text-xl font-semibold">
        Abstract versions
      </h2>
      <p className="mt-2 max-w-3xl text-sm text-muted">
        The sources gave {versions.length} different abstracts, numbered in the order they were first stored. Words only
        in the earlier version are <del className={DEL}>struck through</del>; words only in the later one are{" "}
        <ins className={INS}>underlined</ins>.
      </p>
      {pairs.map(([i, before, after]) => {
        const segments = wordDiff(before.text, after.text);
        return (
          <div key={after.id} className="mt-4 grid gap-4 md:grid-cols-2">
            <VersionColumn n={i + 1} version={before} shown={before.text === shown} segments={segments} hide="added" />
            <VersionColumn n={i + 2} version={after} shown={after.text === shown} segments={segments} hide="removed" />
          </div>
        );
      })}
    </section>
  );
}

const DEL = "rounded-sm bg-red-100 text-red-900 line-through decoration-red-800/60 dark:bg-red-950 dark:text-red-100 dark:decoration-red-200/60";
const INS = "rounded-sm bg-green-100 text-green-900 underline decoration-green-800/60 underline-offset-2 dark:bg-green-950 dark:text-green-100 dark:decoration-green-200/60";

type VersionColumnProps = {
  n: number;
  version: AbstractVersionDetail;
  shown: boolean;
  segments: DiffSegment[];
  hide: "added" | "removed";
};

function VersionColumn({ n, version, shown, segments, hide }: VersionColumnProps) {
  return (
    <figure className="min-w-0 rounded-lg border border-border bg-surface p-4">
      <figcaption className="text-sm">
        <span className="font-semibold">Version {n}</span>
        {shown ? <span className="ml-2 rounded-full bg-chip px-2 py-0.5 text-xs text-chip-foreground">shown above</span> : null}
        <ul className="mt-1 space-y-0.5 text-muted">
          {version.sources.map((s) => (
            <li key={`${s.file}:${s.lineStart}`}>
              <SourceLabel file={s.file} lineStart={s.lineStart} lineEnd={s.lineEnd} /> ·{" "}
              <span className="whitespace-nowrap">{s.format}</span>
            </li>
          ))}
        </ul>
      </figcaption>
      <p className="mt-3 text-sm leading-relaxed break-words">
        {segments
          .filter((s) => s.kind !== hide)
          .map((s, i) => (
            <span key={i}>
              {i > 0 ? " " : null}
              {s.kind === "same" ? (
                s.text
              ) : s.kind === "removed" ? (
                <del className={DEL}>
                  <span className="sr-only">[removed: </span>
                  {s.text}
                  <span className="sr-only">]</span>
                </del>
              ) : (
                <ins className={INS}>
                  <span className="sr-only">[added: </span>
                  {s.text}
                  <span className="sr-only">]</span>
                </ins>
              )}
            </span>
          ))}
      </p>
    </figure>
  );
}
