import { describe, expect, it } from 'vitest';
import * as domain from './index';

// Other packages are written against these names; renaming one must be a deliberate change.
describe('@ocop/domain public API', () => {
  it.each([
    'PART_MAX',
    'starsFromTotal',
    'rateScores',
    'DEFAULT_SCORECARD_TEMPLATE',
    'validateTemplate',
    'scoreScorecard',
    'SECTORS',
    'PRODUCT_GROUPS',
    'findProductGroup',
    'isProductGroupCode',
    'CERTIFICATE_VALIDITY_MONTHS',
    'EXPIRING_WINDOW_DAYS',
    'EXPIRY_NOTICE_DAYS',
    'VN_TIME_ZONE',
    'certificateExpiresAt',
    'certificateStatus',
    'daysUntilExpiry',
    'isCertifiedNow',
    'vnDate',
    'formatVnDate',
    'formatVnd',
    'parseVnd',
    'toNfc',
    'foldVietnamese',
    'SERIAL_LENGTH',
    'MAX_SEQ',
    'createStampKey',
    'createSerial',
    'parseSerial',
    'verifySerial',
    'gtinPrimaryKey',
    'productCodePrimaryKey',
    'isValidGtin',
    'toGtin14',
    'gtinCheckDigit',
    'gtinFromCompanyPrefix',
    'itemReferenceCapacity',
    'companyPrefixProblem',
    'isUnderCompanyPrefix',
    'isValidBatchCode',
    'isValidProductCode',
    'PLATFORM_PREFIX',
    'buildStampPath',
    'parseStampPath',
  ])('exports %s', (name) => {
    expect(domain).toHaveProperty(name);
    expect((domain as Record<string, unknown>)[name]).toBeDefined();
  });
});
