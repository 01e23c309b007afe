/**
 * The small expression tree a static reading of a config file produces: literals, names, member accesses, calls,
 * object and array literals and functions. Whatever else the source holds becomes `unknown`, with its offsets, so
 * a reader can say what it skipped.
 */
interface Span {
  /** Offsets into the source text. */
  readonly start: number;
  readonly end: number;
}

export type Expr =
  | (Span & { readonly kind: 'literal'; readonly value: string | number | boolean | null | undefined })
  | (Span & { readonly kind: 'identifier'; readonly name: string })
  | (Span & { readonly kind: 'member'; readonly object: Expr; readonly property: string })
  | (Span & { readonly kind: 'call'; readonly callee: Expr; readonly args: readonly Expr[] })
  | (Span & { readonly kind: 'new'; readonly callee: Expr; readonly args: readonly Expr[] })
  | (Span & { readonly kind: 'object'; readonly entries: readonly ObjectEntry[] })
  | (Span & { readonly kind: 'array'; readonly items: readonly Expr[] })
  | (Span & { readonly kind: 'function'; readonly params: readonly Param[]; readonly body: Expr | undefined })
  | (Span & { readonly kind: 'regex'; readonly pattern: string; readonly flags: string })
  | (Span & { readonly kind: 'spread'; readonly argument: Expr })
  | (Span & { readonly kind: 'unknown' });

export type ObjectEntry =
  | (Span & { readonly kind: 'property'; readonly key: string; readonly value: Expr })
  | (Span & { readonly kind: 'spread'; readonly argument: Expr })
  /** A computed key, a method or an accessor. */
  | (Span & { readonly kind: 'unreadable' });

/** A function parameter: a plain name, or an object pattern's `property: local` pairs (`{ image }`). */
export type Param =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'pattern'; readonly bindings: ReadonlyArray<{ readonly property: string; readonly local: string }> }
  | { readonly kind: 'other' };

/** What a module binds at its top level and where its imported names come from. */
export interface ModuleReading {
  /** `const name = <expr>` at the top level (exported or not). */
  readonly bindings: ReadonlyMap<string, Expr>;
  /** Local name → the imported name (`*` for a namespace import) and the module it comes from. */
  readonly imports: ReadonlyMap<string, { readonly imported: string; readonly from: string }>;
}
