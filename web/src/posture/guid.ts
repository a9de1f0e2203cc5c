import { regex } from 'react-admin';

/** Entra directory and application ids are GUIDs (RFC 4122's text form). */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A form validator: a GUID, or empty. */
export const guid = regex(GUID, 'posture.validation.guid');
