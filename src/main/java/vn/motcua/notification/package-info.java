/**
 * Notifications (thông báo cho người nộp hồ sơ): e-mail, SMS and Zalo ZNS messages about a dossier's or a feedback's
 * progress (received, refused, supplement or payment requested, result ready and returned, withdrawn; PAKN received
 * and answered), rendered from the administrator's Vietnamese templates per event and channel, sent only on the
 * channels the applicant chose and gave an address for, through the integration outbox; the officers' daily digest
 * of what is near due or overdue; stand-in mail, SMS and ZNS servers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "identity", "dossier",
        "feedback", "integration"})
package vn.motcua.notification;
