import { DomainValidationError, type FieldError } from '../errors';
import { isNonBlankString, isOneOf, isRecord } from './field-checks';
import {
  DEMAND_KINDS,
  PREVIEW_LOCALES,
  REMOTE_POLICIES,
  type PreviewContent,
  type PreviewDraft,
} from './preview.types';
import { validateTimeAllocation } from './validate-time-allocation';
import { validateTypicalDay } from './validate-typical-day';

/**
 * Everything a preview must have before it is frozen and shown publicly. Drafts may be
 * incomplete; this is the gate at publish time. Returns every problem at once (empty list =
 * publishable) so the recruiter can fix them in one pass.
 */
export function validatePreviewForPublish(content: PreviewDraft): FieldError[] {
  const draft: unknown = content;
  if (!isRecord(draft)) {
    return [{ field: 'content', message: 'preview content must be an object' }];
  }
  const errors: FieldError[] = [];

  if (!isNonBlankString(draft.headline)) {
    errors.push({ field: 'headline', message: 'a headline is required' });
  }
  if (!isNonBlankString(draft.summary)) {
    errors.push({ field: 'summary', message: 'a summary is required' });
  }
  errors.push(...validateTypicalDay(draft.typicalDay));
  errors.push(...validateTimeAllocation(draft.timeAllocation));
  errors.push(...validateOptionalStatements(draft.culture, 'culture'));
  errors.push(...validateDemands(draft.demands));
  errors.push(...validateHardParts(draft.hardParts));

  if (!isNonBlankString(draft.location)) {
    errors.push({ field: 'location', message: 'a location is required' });
  }
  if (!isOneOf(draft.remote, REMOTE_POLICIES)) {
    errors.push({
      field: 'remote',
      message: `remote must be one of ${REMOTE_POLICIES.join(', ')}`,
    });
  }
  if (!isOneOf(draft.locale, PREVIEW_LOCALES)) {
    errors.push({
      field: 'locale',
      message: `locale must be one of ${PREVIEW_LOCALES.join(', ')}`,
    });
  }
  return errors;
}

/** For services: throws the 422-mapped error, and tells TypeScript the draft is complete. */
export function assertPreviewPublishable(content: PreviewDraft): asserts content is PreviewContent {
  const errors = validatePreviewForPublish(content);
  if (errors.length > 0) {
    throw new DomainValidationError('The preview is not ready to publish', errors);
  }
}

function validateDemands(demands: unknown): FieldError[] {
  if (!Array.isArray(demands) || demands.length === 0) {
    return [{ field: 'demands', message: 'add at least one requirement or expectation' }];
  }
  const errors: FieldError[] = [];
  demands.forEach((demand: unknown, index) => {
    const path = `demands[${index}]`;
    if (!isRecord(demand)) {
      errors.push({ field: path, message: 'must be an object with text and kind' });
      return;
    }
    if (!isNonBlankString(demand.text)) {
      errors.push({ field: `${path}.text`, message: 'text is required' });
    }
    if (!isOneOf(demand.kind, DEMAND_KINDS)) {
      errors.push({
        field: `${path}.kind`,
        message: `kind must be one of ${DEMAND_KINDS.join(', ')}`,
      });
    }
  });
  return errors;
}

function validateHardParts(hardParts: unknown): FieldError[] {
  if (!Array.isArray(hardParts) || hardParts.length === 0) {
    return [
      {
        field: 'hardParts',
        message:
          'add at least one hard part of the job: honest downsides let candidates who would not ' +
          'thrive opt out before anyone has invested in them',
      },
    ];
  }
  return validateOptionalStatements(hardParts, 'hardParts');
}

/** Lists of plain statements (culture, hard parts): optional as a list, but no blank entries. */
function validateOptionalStatements(statements: unknown, field: string): FieldError[] {
  if (statements === undefined || statements === null) return [];
  if (!Array.isArray(statements)) {
    return [{ field, message: 'must be a list of statements' }];
  }
  const errors: FieldError[] = [];
  statements.forEach((statement: unknown, index) => {
    if (!isNonBlankString(statement)) {
      errors.push({ field: `${field}[${index}]`, message: 'must be a non-empty statement' });
    }
  });
  return errors;
}
