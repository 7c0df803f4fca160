package io.cureflow.understanding.internal.replies;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.InvalidRestrictionException;
import io.cureflow.compliance.NewRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.compliance.WrongNumbers;
import io.cureflow.account.ContactPointView;
import io.cureflow.outreach.BorrowerReplied;
import io.cureflow.outreach.OptOutConfirmation;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import io.cureflow.understanding.Classification;
import io.cureflow.understanding.ClassifiedReply;
import io.cureflow.understanding.Evidence;
import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.Promise;
import io.cureflow.understanding.ReplyAction;
import io.cureflow.understanding.ReplyClassifications;
import io.cureflow.understanding.ReplyClassified;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** What is recorded, stored and announced for each kind of reply; the classifier is scripted. */
@DataJpaTest
@RecordApplicationEvents
@Import(ReplyUnderstandingTests.Beans.class)
class ReplyUnderstandingTests {

    static final long CASE_ID = 7L;
    static final long ACCOUNT_ID = 70L;
    static final long MESSAGE_ID = 41L;
    static final String PHONE = "+13125550123";
    static final String EMAIL = "borrower@example.org";
    /** Monday 2026-03-02 09:00 in Chicago. */
    static final Instant RECEIVED = Instant.parse("2026-03-02T15:00:00Z");
    static final Instant NOW = RECEIVED.plusSeconds(1);

    @TestConfiguration
    @EnableConfigurationProperties(RepliesProperties.class)
    @Import({ReplyUnderstanding.class, LegalResponse.class, RestrictionRecorder.class, OptOutResponse.class,
            ContactLimitResponse.class, PromisePause.class, StoredForm.class, ReplyClassificationStore.class})
    static class Beans {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        ObjectMapper objectMapper() {
            return new ObjectMapper();
        }

        @Bean
        ScriptedClassifier scriptedClassifier() {
            return new ScriptedClassifier();
        }
    }

    @MockitoBean
    OutreachService outreach;
    @MockitoBean
    CaseService cases;
    @MockitoBean
    ContactRestrictions restrictions;
    @MockitoBean
    WrongNumbers wrongNumbers;
    @MockitoBean
    OptOutConfirmation confirmation;

    @Autowired
    ReplyUnderstanding understanding;
    @Autowired
    ScriptedClassifier classifier;
    @Autowired
    ReplyClassifications classifications;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void borrowerInChicago() {
        classifier.reset();
        borrowerWith(List.of());
        when(restrictions.ofAccount(ACCOUNT_ID)).thenReturn(List.of());
        replyBy(Channel.SMS, PHONE, MESSAGE_ID);
    }

    @ParameterizedTest
    @CsvSource({"CEASE, CEASE", "ATTORNEY, ATTORNEY", "BANKRUPTCY, BANKRUPTCY", "DECEASED, DECEASED",
            "DISPUTE, DISPUTE", "HARDSHIP, HARDSHIP"})
    void aLegalStopIsRecordedAsTheMatchingRestriction(Intent intent, RestrictionKind kind) {
        classifier.answer(sure(intent));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        NewRestriction recorded = onlyRecorded();
        assertThat(recorded.kind()).isEqualTo(kind);
        assertThat(recorded.accountId()).isEqualTo(ACCOUNT_ID);
        assertThat(recorded.channel()).isNull();
        assertThat(recorded.contactPoint()).isNull();
        assertThat(recorded.source()).isEqualTo(RestrictionSource.INBOUND_SMS);
        assertThat(recorded.recordedBy()).isEqualTo("reply-classifier");
        assertThat(recorded.note()).contains("message 41").contains(intent.wireName())
                .doesNotContain("words of the reply");
        assertThat(stored().actions()).containsExactly(ReplyAction.STOP_RECORDED);
        assertThat(announced().actions()).containsExactly(ReplyAction.STOP_RECORDED);
    }

    @Test
    void aHardshipKeepsItsCategoryOnTheCaseAndInTheStopsNote() {
        classifier.answer(new Classification(Intent.HARDSHIP, HardshipCategory.MEDICAL, 0.93, null,
                List.of(new Evidence("in the hospital", 5, 20)), List.of(), "en", false, "offline"));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        assertThat(onlyRecorded().note()).contains("hardship (medical)");
        ClassifiedReply stored = stored();
        assertThat(stored.classification().hardshipCategory()).isEqualTo(HardshipCategory.MEDICAL);
        assertThat(stored.evidence()).containsExactly(new Evidence("in the hospital", 5, 20));
        assertThat(announced().hardshipCategory()).isEqualTo(HardshipCategory.MEDICAL);
    }

    @Test
    void anOptOutByTextClosesTextsToThatNumberAndWithdrawsItsConsent() {
        classifier.answer(sure(Intent.OPT_OUT));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        List<NewRestriction> recorded = allRecorded(2);
        assertThat(recorded.get(0).kind()).isEqualTo(RestrictionKind.OPT_OUT);
        assertThat(recorded.get(0).channel()).isEqualTo(Channel.SMS);
        assertThat(recorded.get(0).contactPoint()).isEqualTo(PHONE);
        assertThat(recorded.get(1).kind()).isEqualTo(RestrictionKind.CONSENT_REVOKED);
        assertThat(recorded.get(1).contactPoint()).isEqualTo(PHONE);
        assertThat(stored().actions()).containsExactly(ReplyAction.CHANNEL_REVOKED);
    }

    @Test
    void anOptOutByEmailClosesThatAddressToEmail() {
        replyBy(Channel.EMAIL, EMAIL, MESSAGE_ID);
        classifier.answer(sure(Intent.OPT_OUT));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        NewRestriction recorded = onlyRecorded();
        assertThat(recorded.kind()).isEqualTo(RestrictionKind.OPT_OUT);
        assertThat(recorded.channel()).isEqualTo(Channel.EMAIL);
        assertThat(recorded.contactPoint()).isEqualTo(EMAIL);
        assertThat(recorded.source()).isEqualTo(RestrictionSource.INBOUND_EMAIL);
    }

    @Test
    void anOptOutTheStopKeywordAlreadyHonouredIsNotRecordedTwice() {
        when(restrictions.ofAccount(ACCOUNT_ID)).thenReturn(List.of(optOut(Channel.SMS, "+1 (312) 555-0123")));
        classifier.answer(sure(Intent.OPT_OUT));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        verify(restrictions, never()).record(any());
        assertThat(stored().actions()).containsExactly(ReplyAction.CHANNEL_REVOKED);
    }

    @Test
    void anOptOutAlongsideAHardshipIsHonouredToo() {
        classifier.answer(new Classification(Intent.HARDSHIP, HardshipCategory.JOB_LOSS, 0.9, null, List.of(),
                List.of(Intent.OPT_OUT), "en", false, "offline"));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        assertThat(allRecorded(3)).extracting(NewRestriction::kind).containsExactly(RestrictionKind.HARDSHIP,
                RestrictionKind.OPT_OUT, RestrictionKind.CONSENT_REVOKED);
        assertThat(stored().actions()).containsExactlyInAnyOrder(ReplyAction.STOP_RECORDED,
                ReplyAction.CHANNEL_REVOKED);
    }

    @Test
    void anOptOutByTextIsConfirmedOnceToThatNumber() {
        replyBy(Channel.SMS, PHONE, MESSAGE_ID, "please stop texting me");
        classifier.answer(sure(Intent.OPT_OUT));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        verify(confirmation, times(1)).confirmTextOptOut(CASE_ID, PHONE);
    }

    @Test
    void anOptOutThatNamesEmailClosesTheBorrowersEmailNotTheTextsItCameBy() {
        borrowerWith(mobileAndEmail());
        replyBy(Channel.SMS, PHONE, MESSAGE_ID, "don't email me anymore");
        classifier.answer(sure(Intent.OPT_OUT));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        NewRestriction recorded = onlyRecorded();
        assertThat(recorded.kind()).isEqualTo(RestrictionKind.OPT_OUT);
        assertThat(recorded.channel()).isEqualTo(Channel.EMAIL);
        assertThat(recorded.contactPoint()).isEqualTo(EMAIL);
        assertThat(recorded.source()).isEqualTo(RestrictionSource.INBOUND_SMS);
        verify(confirmation, never()).confirmTextOptOut(anyLong(), any());
        assertThat(stored().actions()).containsExactly(ReplyAction.CHANNEL_REVOKED);
    }

    @Test
    void anEmailAskingToStopTextsClosesTheMobileWithdrawsItsConsentAndConfirmsByText() {
        borrowerWith(mobileAndEmail());
        replyBy(Channel.EMAIL, EMAIL, MESSAGE_ID, "Please stop texting me, email is fine");
        classifier.answer(sure(Intent.OPT_OUT));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        List<NewRestriction> recorded = allRecorded(2);
        assertThat(recorded).extracting(NewRestriction::kind, NewRestriction::channel, NewRestriction::contactPoint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RestrictionKind.OPT_OUT, Channel.SMS, PHONE),
                        org.assertj.core.groups.Tuple.tuple(RestrictionKind.CONSENT_REVOKED, null, PHONE));
        verify(confirmation, times(1)).confirmTextOptOut(CASE_ID, PHONE);
    }

    @Test
    void anOptOutOfAChannelWithNothingOnFileClosesTheWholeChannel() {
        replyBy(Channel.SMS, PHONE, MESSAGE_ID, "no more emails");
        classifier.answer(sure(Intent.OPT_OUT));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        NewRestriction recorded = onlyRecorded();
        assertThat(recorded.channel()).isEqualTo(Channel.EMAIL);
        assertThat(recorded.contactPoint()).isNull();
    }

    @Test
    void noSecondConfirmationWhenTheStopKeywordAlreadyClosedTheNumber() {
        when(restrictions.ofAccount(ACCOUNT_ID)).thenReturn(List.of(optOut(Channel.SMS, PHONE)));
        replyBy(Channel.SMS, PHONE, MESSAGE_ID, "STOP");
        classifier.answer(sure(Intent.OPT_OUT));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        verify(confirmation, never()).confirmTextOptOut(anyLong(), any());
    }

    @Test
    void stopCallingMeInACallTranscriptClosesCallsToThatNumberAndSendsNoText() {
        borrowerWith(mobileAndEmail());
        replyBy(Channel.CALL, PHONE, MESSAGE_ID, "yeah um please stop calling me");
        classifier.answer(sure(Intent.OPT_OUT));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        List<NewRestriction> recorded = allRecorded(2);
        assertThat(recorded.get(0).kind()).isEqualTo(RestrictionKind.OPT_OUT);
        assertThat(recorded.get(0).channel()).isEqualTo(Channel.CALL);
        assertThat(recorded.get(0).contactPoint()).isEqualTo(PHONE);
        assertThat(recorded.get(0).source()).isEqualTo(RestrictionSource.INBOUND_CALL);
        assertThat(recorded.get(1).kind()).isEqualTo(RestrictionKind.CONSENT_REVOKED);
        verify(confirmation, never()).confirmTextOptOut(anyLong(), any());
    }

    @ParameterizedTest
    @CsvSource({"SMS, INBOUND_SMS", "EMAIL, INBOUND_EMAIL", "CALL, INBOUND_CALL", "VOICEMAIL, INBOUND_CALL"})
    void aRestrictionCarriesTheChannelTheReplyCameByAsItsSource(Channel channel, RestrictionSource source) {
        replyBy(channel, channel == Channel.EMAIL ? EMAIL : PHONE, MESSAGE_ID);
        classifier.answer(sure(Intent.ATTORNEY));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        assertThat(onlyRecorded().source()).isEqualTo(source);
    }

    @Test
    void aReplyThatLimitsTheTimesIsRecordedAsAnInconvenientTimeAndNeedsNoAgent() {
        replyBy(Channel.SMS, PHONE, MESSAGE_ID, "only after 6pm please");
        classifier.answer(sure(Intent.CONTACT_RESTRICTION));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        NewRestriction recorded = onlyRecorded();
        assertThat(recorded.kind()).isEqualTo(RestrictionKind.INCONVENIENT_TIME);
        assertThat(recorded.from()).isNull();
        assertThat(recorded.until()).isEqualTo(java.time.LocalTime.of(18, 0));
        assertThat(recorded.channel()).isNull();
        assertThat(recorded.contactPoint()).isNull();
        assertThat(recorded.note()).contains("message 41", "contact_restriction");
        assertThat(stored().actions()).containsExactly(ReplyAction.RESTRICTION_RECORDED);
    }

    @Test
    void onlyTextMeKeepsTextsAndClosesTheOtherChannels() {
        replyBy(Channel.SMS, PHONE, MESSAGE_ID, "solo por mensaje por favor");
        classifier.answer(sure(Intent.CONTACT_RESTRICTION));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        NewRestriction recorded = onlyRecorded();
        assertThat(recorded.kind()).isEqualTo(RestrictionKind.CHANNEL_ONLY);
        assertThat(recorded.channel()).isEqualTo(Channel.SMS);
        assertThat(stored().actions()).containsExactly(ReplyAction.RESTRICTION_RECORDED);
    }

    @Test
    void workWithoutTheWorkNumberIsRecordedAndAPersonFindsTheNumber() {
        replyBy(Channel.SMS, PHONE, MESSAGE_ID, "don't call me at work");
        classifier.answer(sure(Intent.CONTACT_RESTRICTION));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        NewRestriction recorded = onlyRecorded();
        assertThat(recorded.kind()).isEqualTo(RestrictionKind.NO_CONTACT_AT_WORK);
        assertThat(recorded.contactPoint()).isNull();
        assertThat(stored().actions()).containsExactlyInAnyOrder(ReplyAction.RESTRICTION_RECORDED,
                ReplyAction.FLAGGED_FOR_REVIEW);
    }

    @Test
    void aReplyFromTheWorkNumberClosesThatNumber() {
        replyBy(Channel.SMS, PHONE, MESSAGE_ID, "this is my work number, don't call me at work");
        classifier.answer(sure(Intent.CONTACT_RESTRICTION));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        assertThat(onlyRecorded().contactPoint()).isEqualTo(PHONE);
        assertThat(stored().actions()).containsExactly(ReplyAction.RESTRICTION_RECORDED);
    }

    @Test
    void limitsReadForSureAreRecordedEvenWhenTheClassifierIsUnsureAndAPersonStillReadsTheReply() {
        replyBy(Channel.SMS, PHONE, MESSAGE_ID, "call after 6pm");
        classifier.answer(new Classification(Intent.CONTACT_RESTRICTION, null, 0.47, null, List.of(), List.of(),
                "en", true, "offline"));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        assertThat(onlyRecorded().until()).isEqualTo(java.time.LocalTime.of(18, 0));
        assertThat(stored().actions()).containsExactlyInAnyOrder(ReplyAction.RESTRICTION_RECORDED,
                ReplyAction.FLAGGED_FOR_REVIEW);
    }

    @Test
    void aTimeTheReaderIsUnsureOfIsNotGuessed() {
        replyBy(Channel.SMS, PHONE, MESSAGE_ID, "call me after 8");
        classifier.answer(sure(Intent.CONTACT_RESTRICTION));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        verify(restrictions, never()).record(any());
        assertThat(stored().actions()).containsExactly(ReplyAction.FLAGGED_FOR_REVIEW);
    }

    @Test
    void aWrongNumberIsReportedToComplianceAsMisdirected() {
        classifier.answer(sure(Intent.WRONG_NUMBER));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        ArgumentCaptor<String> note = ArgumentCaptor.forClass(String.class);
        verify(wrongNumbers).report(eq(CASE_ID), eq(PHONE), eq(RestrictionSource.INBOUND_SMS), eq(RECEIVED),
                eq("reply-classifier"), note.capture());
        assertThat(note.getValue()).contains("message 41", "wrong_number");
        assertThat(stored().actions()).containsExactly(ReplyAction.NUMBER_MARKED_MISDIRECTED);
    }

    @Test
    void aPromiseWithADatePausesRemindersUntilTheStartOfTheNextDayInTheBorrowersZone() {
        classifier.answer(promise(LocalDate.parse("2026-03-06")));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        verify(restrictions, never()).record(any());
        ReplyClassified announced = announced();
        assertThat(announced.actions()).containsExactly(ReplyAction.PROMISE_RECORDED);
        assertThat(announced.promisedDate()).isEqualTo(LocalDate.parse("2026-03-06"));
        assertThat(announced.promisedAmount()).isEqualByComparingTo("210");
        assertThat(announced.remindersPausedUntil()).isEqualTo(Instant.parse("2026-03-07T06:00:00Z"));
        assertThat(stored().classification().promise()).isEqualTo(new Promise(LocalDate.parse("2026-03-06"),
                new BigDecimal("210.00")));
    }

    @ParameterizedTest
    @CsvSource({"2026-03-01", "2026-06-30"})
    void aPromiseInThePastOrTooFarOutGoesToAnAgent(LocalDate date) {
        classifier.answer(promise(date));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        assertThat(announced().actions()).containsExactly(ReplyAction.FLAGGED_FOR_REVIEW);
        assertThat(announced().remindersPausedUntil()).isNull();
    }

    @Test
    void aPromiseWithoutADateGoesToAnAgent() {
        classifier.answer(new Classification(Intent.PROMISE_TO_PAY, null, 0.9,
                new Promise(null, new BigDecimal("50")), List.of(), List.of(), "en", false, "offline"));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        assertThat(announced().actions()).containsExactly(ReplyAction.FLAGGED_FOR_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(names = {"QUESTION", "CALLBACK_REQUEST", "PAYMENT_PLAN_REQUEST", "PAID_ALREADY",
            "CONTACT_RESTRICTION", "OTHER"})
    void repliesThatAskForAPersonAreFlaggedAndRecordNothing(Intent intent) {
        classifier.answer(sure(intent));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        verify(restrictions, never()).record(any());
        assertThat(stored().actions()).containsExactly(ReplyAction.FLAGGED_FOR_REVIEW);
    }

    @Test
    void aStopTheClassifierIsUnsureOfGoesToAPersonInsteadOfBeingRecorded() {
        classifier.answer(new Classification(Intent.DECEASED, null, 0.41, null, List.of(), List.of(), "en", true,
                "offline"));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        verify(restrictions, never()).record(any());
        ClassifiedReply stored = stored();
        assertThat(stored.classification().needsReview()).isTrue();
        assertThat(stored.actions()).containsExactly(ReplyAction.FLAGGED_FOR_REVIEW);
    }

    @Test
    void aClassifierThatFailsLeavesTheReplyToAPersonInsteadOfLosingIt() {
        classifier.fail(new IllegalStateException("model file missing"));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        ClassifiedReply stored = stored();
        assertThat(stored.classification().intent()).isEqualTo(Intent.OTHER);
        assertThat(stored.classification().classifier()).isEqualTo(ReplyUnderstanding.UNAVAILABLE);
        assertThat(stored.actions()).containsExactly(ReplyAction.FLAGGED_FOR_REVIEW);
    }

    @Test
    void aRestrictionComplianceRefusesGoesToAPerson() {
        when(restrictions.record(any())).thenThrow(new InvalidRestrictionException(List.of(
                new InvalidRestrictionException.Problem("contactPoint", "compliance.restriction.error.contactPoint"))));
        classifier.answer(sure(Intent.OPT_OUT));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        assertThat(stored().actions()).containsExactly(ReplyAction.FLAGGED_FOR_REVIEW);
    }

    @Test
    void theReplyIsReadWithItsTimestampChannelAndTheBorrowersZone() {
        classifier.answer(sure(Intent.QUESTION));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        assertThat(classifier.read).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo("words of the reply");
            assertThat(reply.channel()).isEqualTo(Channel.SMS);
            assertThat(reply.receivedAt()).isEqualTo(RECEIVED);
            assertThat(reply.zone()).hasToString("America/Chicago");
        });
    }

    @Test
    void aReplyAnnouncedTwiceIsClassifiedOnce() {
        classifier.answer(sure(Intent.CEASE));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));
        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        verify(restrictions, times(1)).record(any());
        assertThat(events.stream(ReplyClassified.class)).hasSize(1);
    }

    @Test
    void anOutboundMessageIsNotAReply() {
        when(outreach.message(MESSAGE_ID)).thenReturn(Optional.of(new OutreachMessage(MESSAGE_ID, CASE_ID,
                Channel.SMS, OutreachMessage.Direction.OUTBOUND, PHONE, "hello", OutreachMessage.Status.SENT,
                RECEIVED, RECEIVED)));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        assertThat(classifier.read).isEmpty();
        assertThat(classifications.ofCase(CASE_ID)).isEmpty();
    }

    @Test
    void theCasesClassificationsComeOldestFirstWithTheirEvidence() {
        classifier.answer(sure(Intent.QUESTION));
        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));
        replyBy(Channel.SMS, PHONE, MESSAGE_ID + 1);
        classifier.answer(sure(Intent.CALLBACK_REQUEST));
        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID + 1));

        assertThat(classifications.ofCase(CASE_ID)).extracting(reply -> reply.classification().intent())
                .containsExactly(Intent.QUESTION, Intent.CALLBACK_REQUEST);
        assertThat(classifications.ofMessage(MESSAGE_ID + 1)).get()
                .satisfies(reply -> assertThat(reply.evidence()).containsExactly(new Evidence("reply", 9, 14)));
        assertThat(classifications.ofCase(CASE_ID + 1)).isEmpty();
    }

    @Test
    void evidenceBeyondTheColumnIsDroppedRatherThanFailingTheReply() {
        List<Evidence> spans = IntStream.range(0, 30)
                .mapToObj(i -> new Evidence("x".repeat(400), i * 400, i * 400 + 400)).toList();
        classifier.answer(new Classification(Intent.QUESTION, null, 0.9, null, spans, List.of(), "en", false,
                "offline"));

        understanding.on(new BorrowerReplied(CASE_ID, MESSAGE_ID));

        assertThat(stored().evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(StoredForm.MAX_SPANS)
                .allSatisfy(span -> assertThat(span.text()).hasSize(StoredForm.MAX_SPAN_TEXT));
    }

    private void replyBy(Channel channel, String address, long messageId) {
        replyBy(channel, address, messageId, "words of the reply");
    }

    private void replyBy(Channel channel, String address, long messageId, String text) {
        when(outreach.message(messageId)).thenReturn(Optional.of(new OutreachMessage(messageId, CASE_ID, channel,
                OutreachMessage.Direction.INBOUND, address, text, OutreachMessage.Status.RECEIVED, RECEIVED, null)));
    }

    private void borrowerWith(List<ContactPointView> points) {
        when(cases.contactOf(CASE_ID)).thenReturn(new CaseContact(CASE_ID, ACCOUNT_ID, "ACC-70", 700L, "Ana", "Ruiz",
                "en", "IL", "60601", "America/Chicago", points, "Bank", "CREDIT_CARD", new BigDecimal("900.00"),
                new BigDecimal("90.00"), "USD", 20));
    }

    private static List<ContactPointView> mobileAndEmail() {
        return List.of(new ContactPointView(1L, ContactPointView.Kind.PHONE, PHONE, "MOBILE", true, false),
                new ContactPointView(2L, ContactPointView.Kind.EMAIL, EMAIL, null, true, false));
    }

    private static Classification sure(Intent intent) {
        return new Classification(intent, intent == Intent.HARDSHIP ? HardshipCategory.JOB_LOSS : null, 0.95, null,
                List.of(new Evidence("reply", 9, 14)), List.of(), "en", false, "offline");
    }

    private static Classification promise(LocalDate date) {
        return new Classification(Intent.PROMISE_TO_PAY, null, 0.9, new Promise(date, new BigDecimal("210.00")),
                List.of(new Evidence("friday", 0, 6)), List.of(), "en", false, "offline");
    }

    private static ContactRestriction optOut(Channel channel, String point) {
        return new ContactRestriction(1L, RestrictionKind.OPT_OUT, 700L, null, channel, point, null, null, Set.of(),
                null, RestrictionSource.INBOUND_SMS, "inbound-reply", RECEIVED, null, null, null, null);
    }

    private NewRestriction onlyRecorded() {
        return allRecorded(1).get(0);
    }

    private List<NewRestriction> allRecorded(int count) {
        ArgumentCaptor<NewRestriction> recorded = ArgumentCaptor.forClass(NewRestriction.class);
        verify(restrictions, times(count)).record(recorded.capture());
        return recorded.getAllValues();
    }

    private ClassifiedReply stored() {
        return classifications.ofMessage(MESSAGE_ID).orElseThrow();
    }

    private ReplyClassified announced() {
        return events.stream(ReplyClassified.class).reduce((first, second) -> second).orElseThrow();
    }
}
