"use client";
// The URL is the search state: reading it, and moving to a new state with the
// history API (push for choices the back button should undo, replace while typing).
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { readSearchState, toQueryString, type SearchState } from "@/lib/search/search-state";

export function useSearchNavigation() {
  const params = useSearchParams();
  const state = useMemo(() => readSearchState(new URLSearchParams(params.toString())), [params]);
  const navigate = useCallback((next: SearchState, mode: "push" | "replace" = "push") => {
    const qs = toQueryString(next);
    const url = qs ? `/?${qs}` : "/";
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);
  return { state, qs: toQueryString(state), navigate };
}
