import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { localDate } from '../../core/dates/local-date';
import type { ParsedPost } from '../../core/frontmatter/parse-post';
import type { RuleContext, RuleOptions, SiteFacts } from '../../core/rules/problem';
import type { SeveritySetting } from '../../core/rules/severity';
import type { WorkspaceIndex } from '../index/workspace-index';
import type { SchemaResolver } from '../schema/schema-resolver';
import type { SiteModels } from '../site/site-models';

/** Everything the rules need to judge one post: its schema, the site's kind and files, the clock, the settings. */
export class RuleContexts {
  constructor(private readonly schemas: SchemaResolver, private readonly models: SiteModels, private readonly index: WorkspaceIndex) {}

  async contextFor(uri: vscode.Uri, post: ParsedPost, expectFrontmatter: boolean): Promise<RuleContext> {
    const { schema, folder } = await this.schemas.resolve(uri, post);
    const now = new Date();
    const base: RuleContext = {
      post,
      schema,
      today: localDate(now),
      expectFrontmatter,
      now,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      options: ruleOptions(uri),
    };
    if (!folder) return base;
    const model = await this.models.modelOf(folder);
    return { ...base, siteKind: model.layout.kind, site: this.siteFacts(folder, uri, model.layout.publicFolder, model.collections) };
  }

  private siteFacts(
    folder: vscode.WorkspaceFolder,
    uri: vscode.Uri,
    publicFolder: string | undefined,
    collections: ReadonlyArray<{ name: string; folder: string }>,
  ): SiteFacts {
    const index = this.index.indexOf(folder);
    const postPath = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    const authors = collections.find((c) => /^authors?$/i.test(c.name));
    const known = new Map<string, boolean>();
    return {
      postPath,
      publicFolder,
      otherPosts: () => index.entries().filter((entry) => entry[0] !== postPath),
      // Checked on disk, once per path per validation; undefined where the files are not local.
      exists: (relative) => {
        if (folder.uri.scheme !== 'file') return undefined;
        let found = known.get(relative);
        if (found === undefined) {
          found = existsSync(path.join(folder.uri.fsPath, relative));
          known.set(relative, found);
        }
        return found;
      },
      knownAuthors: authors
        ? [...index.postsIn(authors.folder)].flatMap(([file, data]) => [
          file.slice(authors.folder.length + 1).replace(/\.(md|mdx|markdown)$/i, ''),
          ...[data.name, data.title].filter((v): v is string => typeof v === 'string'),
        ])
        : undefined,
    };
  }
}

function ruleOptions(uri: vscode.Uri): Partial<RuleOptions> {
  const config = vscode.workspace.getConfiguration('jamstackPosts.validation', uri);
  const options: Record<string, number> = {};
  for (const key of ['titleMaxLength', 'descriptionMinLength', 'descriptionMaxLength', 'wordsPerMinute']) {
    const value = config.get<number>(key);
    if (typeof value === 'number') options[key] = value;
  }
  return options;
}

/** The user's severity per rule code (`jamstackPosts.validation.severity`). */
export function severitySettings(uri: vscode.Uri): Record<string, SeveritySetting> {
  return vscode.workspace.getConfiguration('jamstackPosts.validation', uri).get<Record<string, SeveritySetting>>('severity') ?? {};
}
