import * as vscode from 'vscode';
import type { ParsedPost } from '../../core/frontmatter/parse-post';
import { dateStyleOf, type DateStyle } from '../../core/posts/date-style';
import { draftConventionOf, type DraftConvention } from '../../core/posts/draft-convention';
import { dateKeyOf } from '../../core/posts/post-date';
import type { PostSchema } from '../../core/schema/model';
import type { Collection } from '../../core/site/collection';
import type { SiteKind } from '../../core/site/detect-site';
import type { WorkspaceIndex } from '../index/workspace-index';
import type { SchemaResolver } from '../schema/schema-resolver';
import type { SiteModels } from '../site/site-models';

/** What the post commands need to know about a post's site: its conventions for drafts and dates. */
export interface PostFacts {
  readonly folder: vscode.WorkspaceFolder;
  /** Relative to the workspace folder, `/` separators. */
  readonly postPath: string;
  readonly schema: PostSchema;
  readonly collection?: Collection;
  readonly siteKind: SiteKind;
  readonly convention: DraftConvention;
  readonly dateStyle: DateStyle;
  readonly timeZone: string;
}

export class PostFactsReader {
  constructor(private readonly schemas: SchemaResolver, private readonly models: SiteModels, private readonly index: WorkspaceIndex) {}

  async factsOf(uri: vscode.Uri, post: ParsedPost): Promise<PostFacts | undefined> {
    const { schema, collection, folder } = await this.schemas.resolve(uri, post);
    if (!folder) return undefined;
    const model = await this.models.modelOf(folder);
    const postPath = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    const parent = postPath.slice(0, Math.max(0, postPath.lastIndexOf('/')));
    return {
      folder,
      postPath,
      schema,
      collection,
      siteKind: model.layout.kind,
      convention: draftConventionOf({ siteKind: model.layout.kind, schema, postPath, data: post.data }),
      dateStyle: this.dateStyleIn(folder, collection?.folder ?? parent, schema),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
  }

  /** The date format the posts of a folder already use. */
  dateStyleIn(folder: vscode.WorkspaceFolder, contentFolder: string, schema: PostSchema): DateStyle {
    const values: unknown[] = [];
    for (const [, data] of this.index.indexOf(folder).postsIn(contentFolder)) {
      const key = dateKeyOf(data, schema);
      if (key !== undefined) values.push(data[key]);
      if (values.length >= 50) break;
    }
    return dateStyleOf(values);
  }
}
