/** Stored shape of a preview's content (jsonb); drafts may be partial. */
export interface PreviewContentJson {
  headline?: string;
  summary?: string;
  typicalDay?: Array<{
    start: string;
    end: string;
    activity: string;
    channel: 'phone' | 'digital' | 'inPerson' | 'internal';
    description: string;
  }>;
  timeAllocation?: Array<{ activity: string; percent: number }>;
  culture?: string[];
  demands?: Array<{ text: string; kind: 'requirement' | 'expectation' }>;
  hardParts?: string[];
  location?: string;
  remote?: 'onsite' | 'hybrid' | 'remote';
  locale?: 'en' | 'nb';
}
