package io.grassroots.inspection.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A unit's calendar feed as its unit sees it: whether an address is active and since when. The
 * address itself ({@code path}) is answered only by the request that created it, since only its hash is kept.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedStatus(String unitCode, boolean active, Instant createdAt, String path) {
}
