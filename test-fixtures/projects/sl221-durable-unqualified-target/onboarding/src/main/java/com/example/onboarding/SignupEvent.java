package com.example.onboarding;

public record SignupEvent(String email) {
}
