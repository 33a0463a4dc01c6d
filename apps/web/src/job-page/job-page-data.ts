/**
 * What the public job page is rendered from: the published preview exactly as
 * `GET /api/v1/public/previews/{slug}` returns it. Kept as a plain type here (no generated
 * client import) because the API process passes this object to the server renderer directly.
 */
export type PreviewChannel = 'phone' | 'digital' | 'inPerson' | 'internal';
export type RemotePolicy = 'onsite' | 'hybrid' | 'remote';
export type PageLocale = 'en' | 'nb';

export interface PreviewContent {
  headline: string;
  summary: string;
  typicalDay: {
    start: string;
    end: string;
    activity: string;
    channel: PreviewChannel;
    description: string;
  }[];
  timeAllocation: { activity: string; percent: number }[];
  culture: string[];
  demands: { text: string; kind: 'requirement' | 'expectation' }[];
  hardParts: string[];
  location: string;
  remote: RemotePolicy;
  locale: PageLocale;
}

export interface PublishedPreview extends PreviewContent {
  slug: string;
  version: number;
  jobTitle: string;
  organizationName: string;
  /** ISO 8601 (or a Date, when the API hands over its own object). */
  publishedAt: string | Date;
}
