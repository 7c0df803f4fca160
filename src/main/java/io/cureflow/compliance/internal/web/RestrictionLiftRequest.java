package io.cureflow.compliance.internal.web;

record RestrictionLiftRequest(String reason) {
}
