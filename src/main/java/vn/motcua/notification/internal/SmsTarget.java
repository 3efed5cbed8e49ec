package vn.motcua.notification.internal;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.integration.Delivery;

/** SMS through the configured {@link SmsGateway}; the text was checked when rendered (no diacritics, ≤ 2 segments). */
@Component
class SmsTarget extends ChannelTarget {

    private final SmsGateway gateway;

    SmsTarget(DeliveryRecords records, JsonMapper json, SmsGateway gateway) {
        super(records, json);
        this.gateway = gateway;
    }

    @Override
    public String name() {
        return "sms";
    }

    @Override
    Delivery send(Outgoing message) {
        return gateway.send(message.to(), message.body(), Long.toString(message.outboxId()),
                message.idempotencyKey());
    }
}
