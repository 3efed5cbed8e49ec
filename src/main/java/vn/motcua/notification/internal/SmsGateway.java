package vn.motcua.notification.internal;

import vn.motcua.integration.Delivery;

/**
 * An SMS provider: one text, without diacritics, to one phone number in the {@code 84…} form. The brandname SOAP
 * interface ({@link BrandnameSmsGateway}) is the one built; another provider is another implementation.
 */
interface SmsGateway {

    /** Sends one text; {@code requestId} and {@code idempotencyKey} let the provider drop a repeat. */
    Delivery send(String phone, String text, String requestId, String idempotencyKey);
}
