package ma.coopmarket.account;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.smallrye.jwt.build.Jwt;

import ma.coopmarket.shared.crypto.Hashes;
import ma.coopmarket.shared.error.UnauthenticatedException;
import ma.coopmarket.shared.persistence.Ids;

/** Issues signed access tokens and rotating, revocable refresh tokens. */
@ApplicationScoped
public class TokenService {

    private final UserAccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher passwords;
    private final SignInEventRepository signIns;
    private final AuthConfig config;

    public TokenService(UserAccountRepository accounts, RefreshTokenRepository refreshTokens, PasswordHasher passwords,
            SignInEventRepository signIns, AuthConfig config) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.signIns = signIns;
        this.config = config;
    }

    /** Email and password; a refused attempt on an existing account is recorded in its sign-in history. */
    @Transactional(dontRollbackOn = UnauthenticatedException.class)
    public TokenResponse signIn(TokenRequest request, String clientIp) {
        UserAccount account = accounts.findByEmail(request.email()).orElse(null);
        boolean right = passwords.matches(request.password(), account == null ? null : account.passwordHash);
        if (account != null) {
            signIns.record(account.id, SignInEvent.Method.PASSWORD, right, clientIp);
        }
        if (!right) {
            throw new UnauthenticatedException("invalid-credentials", "The email or the password is wrong.");
        }
        return issue(account, Ids.newId());
    }

    /** Tokens for an account whose owner proved herself another way (a code), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    TokenResponse signedInWithCode(UserAccount account, String clientIp) {
        signIns.record(account.id, SignInEvent.Method.SMS_CODE, true, clientIp);
        return issue(account, Ids.newId());
    }

    /** Ends every session of an account (a password reset or change, a deletion). */
    @Transactional(Transactional.TxType.MANDATORY)
    void revokeAll(String accountId) {
        refreshTokens.revokeAllOf(accountId, Instant.now());
    }

    @Transactional(dontRollbackOn = UnauthenticatedException.class)
    public TokenResponse refresh(String presented) {
        Instant now = Instant.now();
        RefreshToken token = refreshTokens.findByHashForUpdate(Hashes.sha256Hex(presented))
                .orElseThrow(() -> invalidRefresh());
        if (token.revokedAt != null) {
            // A rotated or revoked token came back: someone holds a copy. End the whole family.
            refreshTokens.revokeFamily(token.familyId, now);
            throw invalidRefresh();
        }
        if (!token.isUsable(now)) {
            throw invalidRefresh();
        }
        token.revokedAt = now;
        UserAccount account = accounts.findByIdOptional(token.userId).orElseThrow(() -> invalidRefresh());
        return issue(account, token.familyId);
    }

    @Transactional
    public void revoke(String presented) {
        refreshTokens.findByHashForUpdate(Hashes.sha256Hex(presented))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId, Instant.now()));
    }

    private TokenResponse issue(UserAccount account, String familyId) {
        long accessSeconds = config.accessTokenTtl().toSeconds();
        String accessToken = Jwt.subject(account.id)
                .upn(account.email != null ? account.email : account.verifiedPhone)
                .groups(Set.of(account.role.group()))
                .expiresIn(accessSeconds)
                .sign();

        String refresh = "rt_" + Hashes.randomToken(32);
        RefreshToken token = new RefreshToken();
        token.id = Ids.newId();
        token.userId = account.id;
        token.familyId = familyId;
        token.tokenHash = Hashes.sha256Hex(refresh);
        token.createdAt = Instant.now();
        token.expiresAt = token.createdAt.plus(config.refreshTokenTtl());
        refreshTokens.persist(token);
        return new TokenResponse(accessToken, "Bearer", accessSeconds, refresh,
                config.refreshTokenTtl().toSeconds());
    }

    private static UnauthenticatedException invalidRefresh() {
        return new UnauthenticatedException("invalid-refresh-token",
                "The refresh token is unknown, expired or revoked; sign in again.");
    }
}
