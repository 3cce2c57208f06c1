package io.grassroots.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

/** Which refusals park a row (no retry can change them) and which are tried again. */
class BatchSenderTest {
    @Test
    void onlyRefusalsOfTheRecordItselfAreForGood() {
        assertTrue(BatchSender.permanent(new RecordTooLargeException("too large")));
        assertTrue(BatchSender.permanent(new InvalidTopicException("bad name")));
        assertTrue(BatchSender.permanent(new SerializationException("cannot serialize")));

        assertFalse(BatchSender.permanent(new UnknownTopicOrPartitionException("metadata lags")));
        assertFalse(BatchSender.permanent(new TimeoutException("broker away")));
        assertFalse(BatchSender.permanent(new NotLeaderOrFollowerException("election")));
        assertFalse(BatchSender.permanent(new NetworkException("connection lost")));
    }
}
