/**
 * The portal's JSON API under {@code /api/v1}: resources that validate DTOs, turn them into value
 * objects and call one application service; every error leaves as {@code application/problem+json}.
 */
package org.sunshineledger.portal.http;
