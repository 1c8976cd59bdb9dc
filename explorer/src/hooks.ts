/** Data hooks over the typed client. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from './gql/graphql';
import { request } from './api/client';
import type { ApiError } from './api/errors';

export interface QueryState<T> {
  data: T | null;
  errors: ApiError[];
  /** True until the first answer, and again while a new query (other variables) runs. */
  loading: boolean;
  /** Runs the query again, keeping the current data on screen until the answer arrives. */
  reload: () => void;
}

/** Runs `document` with `variables` (again whenever they change); `skip` runs nothing. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean; key?: string } = {},
): QueryState<TResult> {
  const key = `${JSON.stringify(variables)}|${options.key ?? ''}`;
  const [state, setState] = useState<{ key: string; data: TResult | null; errors: ApiError[] }>({
    key: '',
    data: null,
    errors: [],
  });
  const [generation, setGeneration] = useState(0);
  const vars = useRef(variables);
  vars.current = variables;
  useEffect(() => {
    if (options.skip) return;
    let live = true;
    void request(document, vars.current).then((result) => {
      if (live) setState({ key, data: result.data, errors: result.errors });
    });
    return () => {
      live = false;
    };
  }, [document, key, generation, options.skip]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const current = state.key === key;
  return {
    data: current ? state.data : null,
    errors: current ? state.errors : [],
    loading: !options.skip && !current,
    reload,
  };
}
