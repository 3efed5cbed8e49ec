package vn.motcua.identity.web;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;

/** An agency as the REST API shows it (field names are a contract); address, hotline, email may be null. */
record AgencyResponse(String code, String name, String parentCode, LocalDate validFrom, LocalDate validTo,
        List<String> predecessorCodes, List<String> successorCodes, List<UnitResponse> units, String address,
        String hotline, String email) {

    static AgencyResponse of(Agency agency) {
        return new AgencyResponse(agency.code().value(), agency.name(),
                agency.parentCode() == null ? null : agency.parentCode().value(), agency.validFrom(),
                agency.validTo(), agency.predecessorCodes().stream().map(AgencyCode::value).toList(),
                agency.successorCodes().stream().map(AgencyCode::value).toList(),
                agency.units().stream().map(UnitResponse::of).toList(), agency.contact().address(),
                agency.contact().hotline(), agency.contact().email());
    }
}
