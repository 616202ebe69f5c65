package com.example.onboarding;

import java.util.UUID;

class AccountService {

    String create(String email) {
        return "acct-" + UUID.nameUUIDFromBytes(email.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    String activate(String accountId) {
        return accountId + ":active";
    }
}
