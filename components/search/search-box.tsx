"use client";
// The search box: a plain GET form without JavaScript; with it, results follow the
// typing (debounced, replacing the history entry) and "/" focuses the box.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { arxivIdInQuery } from "@/lib/search/arxiv-query";
import { FACET_NAMES, type SearchState } from "@/lib/search/search-state";

export type SearchBoxProps = { state: SearchState; onSearch: (q: string, mode: "push" | "replace") => void };

const DEBOUNCE_MS = 200;

export function SearchBox({ state, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(state.q);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Back/forward change the URL under us: show its query.
  useEffect(() => {
    if (document.activeElement !== input.current) setText(state.q);
  }, [state.q]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.metaKey || e.ctrlKey || isTyping(e.target)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const change = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearch(value, "replace"), DEBOUNCE_MS);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    clearTimeout(timer.current);
    const id = arxivIdInQuery(text);
    if (id) window.location.assign(`/papers/${id}`);
    else onSearch(text, "push");
  };

  return (
    <form id="search-form" role="search" action="/" method="get" onSubmit={submit} className="flex gap-2">
      <label htmlFor="q" className="sr-only">
        Search papers
      </label>
      <input
        ref={input}
        id="q"
        name="q"
        type="search"
        value={text}
        onChange={(e) => change(e.target.value)}
        placeholder='Search: topic, au:boix, ti:"tangent kernel", cat:cs.LG, year:2023'
        autoComplete="off"
        spellCheck={false}
        className="min-w-0 flex-1 rounded-lg border border-border bg-surface px-3 py-2 text-base shadow-xs placeholder:text-muted/70"
      />
      {FACET_NAMES.flatMap((name) => state[name].map((v) => <input key={`${name}=${v}`} type="hidden" name={name} value={v} />))}
      <button type="submit" className="rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-background hover:opacity-90">
        Search
      </button>
    </form>
  );
}

export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
}
