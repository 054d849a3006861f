package ma.coopmarket.sms;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import ma.coopmarket.account.CodePurpose;
import ma.coopmarket.order.OrderPartChanged;
import ma.coopmarket.shared.text.Language;

/**
 * The texts of the SMS, in French, Arabic and English. They are kept short: French and English
 * avoid characters outside GSM-7 (so one SMS holds 160 characters), item lists are cut to fit.
 * A cooperative answers with "OK code" or "NON code" (Arabic: "نعم code" / "لا code").
 */
public final class SmsTemplates {

    private static final int ITEMS_MAX = 60;

    private SmsTemplates() {
    }

    public static String newPart(Language lang, OrderPartChanged part) {
        String items = items(lang, part.items());
        String amount = amount(part.amountToCollect());
        return switch (lang) {
            case ar -> "كوب ماركت: طلب " + part.partCode() + ": " + items + ". المبلغ " + amount
                    + " درهم. أجيبوا نعم " + part.partCode() + " للتأكيد أو لا " + part.partCode() + " للرفض.";
            case en -> "CoopMarket: order " + part.partCode() + ": " + items + ". Collect " + amount
                    + " MAD. Reply OK " + part.partCode() + " to confirm or NO " + part.partCode() + " to refuse.";
            default -> "CoopMarket: commande " + part.partCode() + ": " + items + ". A encaisser " + amount
                    + " MAD. Repondez OK " + part.partCode() + " pour confirmer ou NON " + part.partCode() + " pour refuser.";
        };
    }

    public static String expiring(Language lang, String code, long hours) {
        return switch (lang) {
            case ar -> "كوب ماركت: الطلب " + code + " ينتهي بعد " + hours + " ساعة. أجيبوا نعم " + code + " أو لا " + code + ".";
            case en -> "CoopMarket: order " + code + " expires in " + hours + " h. Reply OK " + code + " or NO " + code + ".";
            default -> "CoopMarket: la commande " + code + " expire dans " + hours + " h. Repondez OK " + code
                    + " ou NON " + code + ".";
        };
    }

    /** To the customer when a cooperative confirmed, refused or shipped its part. */
    public static String toCustomer(Language lang, OrderPartChanged part, String cooperativeName) {
        String ref = part.orderReference();
        String amount = amount(part.amountToCollect());
        return switch (part.to()) {
            case CONFIRMED -> switch (lang) {
                case ar -> "كوب ماركت: أكدت " + cooperativeName + " طلبكم " + ref + ". الدفع عند التسليم: " + amount + " درهم.";
                case en -> "CoopMarket: " + cooperativeName + " confirmed your order " + ref + ". Cash on delivery: "
                        + amount + " MAD.";
                default -> "CoopMarket: " + cooperativeName + " a confirme votre commande " + ref
                        + ". Paiement a la livraison: " + amount + " MAD.";
            };
            case REFUSED -> switch (lang) {
                case ar -> "كوب ماركت: اعتذرت " + cooperativeName + " عن طلبكم " + ref + ". لن تدفعوا شيئا لهذا الجزء.";
                case en -> "CoopMarket: " + cooperativeName + " cannot serve your order " + ref
                        + ". You pay nothing for this part.";
                default -> "CoopMarket: " + cooperativeName + " ne peut pas servir votre commande " + ref
                        + ". Rien a payer pour cette partie.";
            };
            case SHIPPED -> switch (lang) {
                case ar -> "كوب ماركت: أرسلت " + cooperativeName + " طلبكم " + ref + ". جهزوا " + amount + " درهم.";
                case en -> "CoopMarket: " + cooperativeName + " shipped your order " + ref + ". Have " + amount
                        + " MAD ready.";
                default -> "CoopMarket: " + cooperativeName + " a expedie votre commande " + ref + ". Prevoyez "
                        + amount + " MAD.";
            };
            default -> null;
        };
    }

    /** To a training participant: their place confirmed, waitlisted, promoted, or the session cancelled. */
    public static String toParticipant(Language lang, ma.coopmarket.training.EnrollmentChanged e) {
        String title = lang == Language.ar ? e.titleAr() : lang == Language.en && e.titleEn() != null ? e.titleEn() : e.titleFr();
        String date = java.time.format.DateTimeFormatter.ofPattern("dd/MM HH:mm")
                .format(e.startsAt().atZone(java.time.ZoneId.of("Africa/Casablanca")));
        return switch (e.kind()) {
            case CONFIRMED -> switch (lang) {
                case ar -> "كوب ماركت: تم تأكيد مكانكم في تكوين " + title + " يوم " + date + ".";
                case en -> "CoopMarket: your place in the training " + title + " on " + date + " is confirmed.";
                default -> "CoopMarket: votre place a la formation " + title + " le " + date + " est confirmee.";
            };
            case WAITLISTED -> switch (lang) {
                case ar -> "كوب ماركت: التكوين " + title + " ممتلئ. أنتم في لائحة الانتظار وسنخبركم إن تحرر مكان.";
                case en -> "CoopMarket: the training " + title + " is full. You are on the waiting list; we will tell you.";
                default -> "CoopMarket: la formation " + title + " est complete. Vous etes en liste d'attente; nous vous previendrons.";
            };
            case PROMOTED -> switch (lang) {
                case ar -> "كوب ماركت: تحرر مكان! مكانكم في تكوين " + title + " يوم " + date + " مؤكد.";
                case en -> "CoopMarket: a place opened! You are confirmed for " + title + " on " + date + ".";
                default -> "CoopMarket: une place s'est liberee! Vous etes inscrit(e) a " + title + " le " + date + ".";
            };
            case SESSION_CANCELLED -> switch (lang) {
                case ar -> "كوب ماركت: تم إلغاء تكوين " + title + " يوم " + date + ". نعتذر.";
                case en -> "CoopMarket: the training " + title + " on " + date + " is cancelled. Sorry.";
                default -> "CoopMarket: la formation " + title + " du " + date + " est annulee. Desole.";
            };
        };
    }

    /** A one-time code: the code first (phones offer to fill it in), what it is for, never to be shared. */
    public static String code(Language lang, CodePurpose purpose, String code, long minutes) {
        String what = switch (lang) {
            case ar -> switch (purpose) {
                case SIGN_IN -> "لتسجيل الدخول";
                case RESET_PASSWORD -> "لتغيير كلمة المرور";
                case VERIFY_PHONE -> "لتأكيد هذا الرقم";
                case VERIFY_EMAIL -> "لتأكيد بريدكم الإلكتروني";
                case DELETE_ACCOUNT -> "لحذف حسابكم";
            };
            case en -> switch (purpose) {
                case SIGN_IN -> "to sign in";
                case RESET_PASSWORD -> "to change your password";
                case VERIFY_PHONE -> "to verify this number";
                case VERIFY_EMAIL -> "to verify your e-mail";
                case DELETE_ACCOUNT -> "to delete your account";
            };
            default -> switch (purpose) {
                case SIGN_IN -> "pour vous connecter";
                case RESET_PASSWORD -> "pour changer votre mot de passe";
                case VERIFY_PHONE -> "pour verifier ce numero";
                case VERIFY_EMAIL -> "pour verifier votre e-mail";
                case DELETE_ACCOUNT -> "pour supprimer votre compte";
            };
        };
        return switch (lang) {
            case ar -> code + " هو رمزكم " + what + " في كوب ماركت، صالح " + minutes + " دقائق. لا تعطوه لأحد.";
            case en -> code + " is your CoopMarket code " + what + ", valid " + minutes + " min. Never share it.";
            default -> code + " est votre code CoopMarket " + what + ", valable " + minutes
                    + " min. Ne le donnez a personne.";
        };
    }

    public static String answerAccepted(Language lang, String code, boolean confirmed) {
        return switch (lang) {
            case ar -> "كوب ماركت: تم " + (confirmed ? "تأكيد" : "رفض") + " الطلب " + code + ". شكرا.";
            case en -> "CoopMarket: order " + code + " " + (confirmed ? "confirmed" : "refused") + ". Thank you.";
            default -> "CoopMarket: commande " + code + " " + (confirmed ? "confirmee" : "refusee") + ". Merci.";
        };
    }

    public static String answerNotAllowed(Language lang, String code) {
        return switch (lang) {
            case ar -> "كوب ماركت: لا يمكن تغيير الطلب " + code + " الآن.";
            case en -> "CoopMarket: order " + code + " can no longer be changed.";
            default -> "CoopMarket: la commande " + code + " ne peut plus etre modifiee.";
        };
    }

    public static String howToAnswer(Language lang) {
        return switch (lang) {
            case ar -> "كوب ماركت: لم نفهم رسالتكم. أجيبوا نعم متبوعة برقم الطلب للتأكيد، أو لا متبوعة برقم الطلب للرفض.";
            case en -> "CoopMarket: message not understood. Reply OK <code> to confirm or NO <code> to refuse an order.";
            default -> "CoopMarket: message non compris. Repondez OK <code> pour confirmer ou NON <code> pour refuser.";
        };
    }

    static String items(Language lang, List<OrderPartChanged.Item> items) {
        String all = items.stream()
                .map(i -> i.quantity() + "x " + (lang == Language.ar && i.nameAr() != null ? i.nameAr() : i.nameFr()))
                .collect(Collectors.joining(", "));
        return all.length() <= ITEMS_MAX ? all : all.substring(0, ITEMS_MAX - 3) + "...";
    }

    static String amount(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0).toPlainString() : amount.toPlainString();
    }
}
