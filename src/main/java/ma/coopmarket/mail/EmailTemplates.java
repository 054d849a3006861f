package ma.coopmarket.mail;

import ma.coopmarket.account.CodePurpose;
import ma.coopmarket.shared.text.Language;

/** The platform's e-mails in French, Arabic and English. */
final class EmailTemplates {

    record Email(String subject, String text) {
    }

    private EmailTemplates() {
    }

    static Email code(Language lang, CodePurpose purpose, String code, long minutes) {
        return switch (lang) {
            case ar -> new Email("رمز كوب ماركت: " + code, "رمزكم هو " + code + "، صالح لمدة " + minutes
                    + " دقائق. إن لم تطلبوه، تجاهلوا هذه الرسالة؛ لا تعطوا هذا الرمز لأحد.");
            case en -> new Email("Your CoopMarket code: " + code, "Your code is " + code + ", valid for " + minutes
                    + " minutes" + (purpose == CodePurpose.RESET_PASSWORD ? " to choose a new password" : "")
                    + ". If you did not ask for it, ignore this e-mail; never share this code.");
            default -> new Email("Votre code CoopMarket : " + code, "Votre code est " + code + ", valable " + minutes
                    + " minutes" + (purpose == CodePurpose.RESET_PASSWORD ? " pour choisir un nouveau mot de passe" : "")
                    + ". Si vous ne l'avez pas demande, ignorez ce message ; ne donnez ce code a personne.");
        };
    }
}
