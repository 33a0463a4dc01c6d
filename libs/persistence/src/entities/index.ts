export * from './organization.entity';
export * from './user.entity';
export * from './dimension.entity';
export * from './job-role.entity';
export * from './job-preview.entity';
export * from './job-preview-version.entity';
export * from './preview-content.json';
export * from './preview-reaction.entity';
