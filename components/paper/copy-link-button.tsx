"use client";
// Copies the paper's canonical URL (not whatever address the reader arrived by) and
// says so in place; both labels share one grid cell, so the button never changes size.
import { useEffect, useState } from "react";

export type CopyLinkButtonProps = { path: string; className?: string };

type CopyState = "idle" | "copied" | "failed";

const LABELS: Record<CopyState, string> = { idle: "Copy link", copied: "Link copied", failed: "Copy failed" };

export function CopyLinkButton({ path, className }: CopyLinkButtonProps) {
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(new URL(path, window.location.origin).href);
      setState("copied");
    } catch {
      setState("failed"); // no clipboard permission, or not a secure context
    }
  }

  return (
    <>
      <button type="button" onClick={copy} className={className} data-state={state}>
        <span className="grid">
          {(Object.keys(LABELS) as CopyState[]).map((key) => (
            <span key={key} className={`col-start-1 row-start-1 ${key === state ? "" : "invisible"}`}>
              {LABELS[key]}
            </span>
          ))}
        </span>
      </button>
      <span role="status" className="sr-only">
        {state === "idle" ? "" : LABELS[state]}
      </span>
    </>
  );
}
