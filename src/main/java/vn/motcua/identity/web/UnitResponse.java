package vn.motcua.identity.web;

import vn.motcua.identity.Unit;

record UnitResponse(String code, String name) {

    static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.code(), unit.name());
    }
}
