package com.example.workflow;

import java.util.List;

public record OrderResult(String id, String reservation, String charge, List<String> packed, String tracking,
                          String status, long skewMillis) {
}
