/**
 * Payment (thanh toán phí, lệ phí trực tuyến, biên lai điện tử): payments of a dossier's fees through the national
 * payment platform (initiation, the platform's signed notification, status queries, daily reconciliation), payments
 * recorded at the desk, refunds, and the electronic receipt of each payment, signed by the agency's key (result's
 * {@link vn.motcua.result.AgencySignatures}) in a job after it is issued; a paid payment confirms the dossier's
 * payment through the engine. {@link vn.motcua.payment.PaymentStandIn} is a local stand-in for the platform.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "platform", "documents",
        "dossier", "result"})
package vn.motcua.payment;
