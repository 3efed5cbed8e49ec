/**
 * Integration (kết nối, liên thông): the outbox of messages to partner systems, delivered after commit by the platform
 * job queue with retries, back-off, per-dossier order and a dead-letter state; the national public service portal
 * (DVCQG) client, its stand-in server and the per-dossier synchronisation record; service tokens for systems that
 * call the API. Other modules enqueue through {@link vn.motcua.integration.Outbox} in their own transaction and add a
 * partner by implementing {@link vn.motcua.integration.OutboxTarget}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "identity", "dossier", "catalog", "payment"})
package vn.motcua.integration;
