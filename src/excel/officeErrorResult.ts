import type { Locale } from '../core/index';
import { gatewayFailure, type GatewayFailure, type GatewayMessageParams } from './gatewayMessages';
import { officeErrorCode } from './officeErrorCode';

/**
 * Maps an Office.js error to a typed failure by its `code`. Returns null for errors that are not Office errors
 * (programming errors), which the caller rethrows.
 */
export function officeErrorResult(e: unknown, locale: Locale, params: GatewayMessageParams = {}): GatewayFailure | null {
  const code = officeErrorCode(e);
  if (code === null) return null;
  switch (code) {
    case 'AccessDenied':
      return gatewayFailure('SHEET_PROTECTED', locale, params);
    case 'InvalidOperationInCellEditMode':
      return gatewayFailure('CELL_EDIT_MODE', locale, params);
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return gatewayFailure('PAYLOAD_TOO_LARGE', locale, params);
    case 'ItemNotFound':
    case 'InvalidObjectPath':
      return gatewayFailure('NOT_FOUND', locale, params);
    case 'ApiNotFound':
      return gatewayFailure('API_NOT_SUPPORTED', locale, { ...params, version: params.version ?? '1.4' });
    default:
      return gatewayFailure('EXCEL_ERROR', locale, { ...params, detail: code });
  }
}
