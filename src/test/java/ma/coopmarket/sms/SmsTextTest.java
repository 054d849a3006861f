package ma.coopmarket.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import ma.coopmarket.order.OrderPartChanged;
import ma.coopmarket.order.PartStatus;
import ma.coopmarket.shared.text.Language;

class SmsTextTest {

    @Test
    void gsm7SegmentsAre160Then153() {
        assertEquals(1, SmsText.of("a".repeat(160)).segments());
        assertEquals(SmsText.Encoding.GSM_7, SmsText.of("Commande confirmée à Agadir").encoding());
        assertEquals(2, SmsText.of("a".repeat(161)).segments());
        assertEquals(2, SmsText.of("a".repeat(306)).segments());
        assertEquals(3, SmsText.of("a".repeat(307)).segments());
        assertEquals(2, SmsText.of("€").units(), "extension characters take two septets");
        assertEquals(2, SmsText.of("€".repeat(80) + "a").segments());
    }

    @Test
    void arabicAndNonGsmTextIsUcs2At70Then67() {
        assertEquals(SmsText.Encoding.UCS_2, SmsText.of("طلب جديد").encoding());
        assertEquals(SmsText.Encoding.UCS_2, SmsText.of("garçon").encoding(), "ç is not in GSM-7 (Ç is)");
        assertEquals(1, SmsText.of("ب".repeat(70)).segments());
        assertEquals(2, SmsText.of("ب".repeat(71)).segments());
        assertEquals(2, SmsText.of("ب".repeat(134)).segments());
        assertEquals(3, SmsText.of("ب".repeat(135)).segments());
    }

    @Test
    void orderTemplatesStayShort() {
        OrderPartChanged part = new OrderPartChanged("o", "CM7K3F9Q2A", "p", "482193", "c", "u", null,
                PartStatus.PENDING_CONFIRMATION, new BigDecimal("241.00"),
                List.of(new OrderPartChanged.Item("Huile d'argan alimentaire 250 ml", "زيت أركان غذائي 250 مل", 2),
                        new OrderPartChanged.Item("Miel de thym", "عسل الزعتر", 1)));
        SmsText fr = SmsText.of(SmsTemplates.newPart(Language.fr, part));
        assertEquals(SmsText.Encoding.GSM_7, fr.encoding(), fr.text());
        assertTrue(fr.segments() <= 2, fr.text() + " takes " + fr.segments());
        assertTrue(fr.text().contains("482193") && fr.text().contains("241 MAD"), fr.text());
        SmsText ar = SmsText.of(SmsTemplates.newPart(Language.ar, part));
        assertEquals(SmsText.Encoding.UCS_2, ar.encoding());
        assertTrue(ar.segments() <= 3, ar.text() + " takes " + ar.segments());
        assertEquals(SmsText.Encoding.GSM_7, SmsText.of(SmsTemplates.howToAnswer(Language.fr)).encoding());
        assertEquals(1, SmsText.of(SmsTemplates.expiring(Language.fr, "482193", 12)).segments());
    }

    @Test
    void readsAnswersInFrenchArabicAndEnglish() {
        assertEquals(new SmsCommand(true, "482193"), SmsCommand.parse("OK 482193").orElseThrow());
        assertEquals(new SmsCommand(true, "482193"), SmsCommand.parse(" oui  #482193 ").orElseThrow());
        assertEquals(new SmsCommand(false, "482193"), SmsCommand.parse("non 482193").orElseThrow());
        assertEquals(new SmsCommand(false, "482193"), SmsCommand.parse("Refusé 482193").orElseThrow());
        assertEquals(new SmsCommand(true, "482193"), SmsCommand.parse("نعم ٤٨٢١٩٣").orElseThrow());
        assertEquals(new SmsCommand(true, "482193"), SmsCommand.parse("أكد 482193").orElseThrow());
        assertEquals(new SmsCommand(false, "482193"), SmsCommand.parse("لا 482193").orElseThrow());
        assertTrue(SmsCommand.parse("bonjour").isEmpty());
        assertTrue(SmsCommand.parse("OK").isEmpty());
        assertTrue(SmsCommand.parse("MAYBE 482193").isEmpty());
    }
}
