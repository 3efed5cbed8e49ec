package vn.motcua.identity;

import java.time.Instant;
import java.util.List;

/** An agency was created; {@code predecessorCodes} were merged into it. */
public record AgencyCreated(AgencyCode code, List<AgencyCode> predecessorCodes, Instant at) {}
