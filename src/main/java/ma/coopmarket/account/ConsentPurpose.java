package ma.coopmarket.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person may consent to. Transactional SMS (orders, codes) need no consent. */
@Schema(name = "ConsentPurpose")
public enum ConsentPurpose {
    MARKETING_SMS
}
