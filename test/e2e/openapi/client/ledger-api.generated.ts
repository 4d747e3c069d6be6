// Generated from GET /openapi.json by openapi-typescript (npm run openapi:client).
// Do not edit: openapi-contract.e2e-spec.ts fails when it differs from the served document.
export interface paths {
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The process is running */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 200 once the database and the event store are usable, else 503 */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each projection's checkpoint, the store's head, and whether it lags */
    get: operations['ProjectionsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Metrics in the Prometheus text format */
    get: operations['MetricsController_scrape'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Contract summary: status, parties, totals with sources, next deadlines
     * @description ?knownAt (record time) shows the view as the ledger knew it then, ?position repeats an answer at its stated `basis`.
     */
    get: operations['ContractViewsController_summary'];
    /**
     * Sign a contract with its terms
     * @description Every error of the terms is a 422 naming `terms.<path>` and its rule; warnings (e.g. a bond above 10 %, 政府采购法实施条例 第48条) are recorded on the event and returned.
     *
     *     Roles: operator (or admin).
     */
    put: operations['SignContractController_sign'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/bond/deposits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the deposit of the performance bond
     * @description 001 4.2: 5 % of the total (117,350.00) within 10 working days of signing; a late deposit is recorded and flagged.
     *
     *     Roles: finance (or admin).
     */
    post: operations['DepositBondController_depositBond'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/bond/deductions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Keep part of the bond
     * @description 001 6.2: a failed quarterly assessment lets the client keep 5 % of the bond (5,867.50). With a rule that has a rate the amount is computed; a stated amount must match it.
     *
     *     Roles: finance (or admin).
     */
    post: operations['DeductBondController_deductBond'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/bond/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Return the bond
     * @description 001 4.2 第四段: returned after final acceptance and the performance assessment. Without an amount, the whole remaining balance.
     *
     *     Roles: finance (or admin).
     */
    post: operations['RefundBondController_refundBond'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record an invoice received for an installment
     * @description 000 第五条 8: the supplier invoices 15 days before payment. Invoicing beyond the installment is recorded and flagged.
     *
     *     Roles: finance (or admin).
     */
    post: operations['RecordInvoiceController_recordInvoice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/invoices/{invoiceId}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the client found an invoice not to conform
     * @description 001 4.2 "提供发票不符合本合同要求的，甲方不承担逾期付款违约责任": from this day the invoice no longer counts as the supplier’s conforming invoice — no late-payment interest accrues on its strength until a later conforming invoice covers the installment (InvoiceRejected). Refused: an unknown or reversed invoice, a date before it was received, a second rejection with other data.
     *
     *     Roles: finance (or admin).
     */
    post: operations['RejectInvoiceController_rejectInvoice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/installments/{installmentId}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the client's confirmation of a payment application
     * @description 001 4.2: the 30% and 10% are "paid within 30 working days of confirmation". Fixes the due date on the working-day calendar; only for an installment whose due rule waits for a confirmation. The same confirmation again records nothing; another date is refused.
     *
     *     Roles: finance (or admin).
     */
    post: operations['ConfirmPaymentApplicationController_confirmPaymentApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a payment of (part of) an installment
     * @description 000 第五条: installments of the payment schedule; 000 第十二条 8: assessed penalties may be deducted from a payment (penaltyOffsets). Late, over- or uninvoiced payments are recorded and flagged.
     *
     *     Roles: finance (or admin).
     */
    post: operations['RecordPaymentController_recordPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record fees the supplier returned after an early termination
     * @description 000 第十二条 6: everything paid comes back after a termination for cause; 002 第十二条 2: the unperformed days (annual fee ÷ 365) within 30 days.
     *
     *     Roles: finance (or admin).
     */
    post: operations['RecordRefundController_recordRefund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/installments/{installmentId}/budget-adjustment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Adjust a final installment to the budget of its year
     * @description 000 第五条 3, 7: "此项金额有可能根据 2023 年财政预算下达情况进行调整". Only for an installment the terms mark adjustable, never below what was paid on it.
     *
     *     Roles: finance (or admin).
     */
    post: operations['AdjustFinalPaymentController_adjustFinalPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/milestones/{milestoneId}/acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the client accepted a milestone
     * @description 000 第五条 2 / 第七条: phase and final acceptance; final acceptance needs the service period to have ended.
     *
     *     Roles: operator (or admin).
     */
    post: operations['AcceptMilestoneController_acceptMilestone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/milestones/{milestoneId}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a failed acceptance
     * @description 004 第七条 2: rework is due within 10 working days; 000 第七条 3: a second failure opens a termination right.
     *
     *     Roles: operator (or admin).
     */
    post: operations['RejectAcceptanceController_rejectAcceptance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/milestones/{milestoneId}/deemed-acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that silence made the acceptance happen
     * @description 004 第七条 3: deemed accepted when the client neither signs nor objects within 40 working days after the service ends.
     *
     *     Roles: operator (or admin).
     */
    post: operations['DeemAcceptanceController_deemAcceptance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/milestones/{milestoneId}/acceptance-application': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the supplier’s application for acceptance
     * @description 000 第七条 1: the supplier applies within 30 working days after the service period ends (late is recorded and flagged); the client’s 5 working days to start run from it. 004 第七条 1: before the client’s acceptance day.
     *
     *     Roles: operator (or admin).
     */
    post: operations['ApplyForAcceptanceController_applyForAcceptance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/milestones/{milestoneId}/acceptance-start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the client started the acceptance
     * @description 000 第七条 1: within 5 working days of the application; 004 第七条 1: within 30 working days after the service ends. A late start, or one without the application 000 expects, is recorded and flagged.
     *
     *     Roles: operator (or admin).
     */
    post: operations['StartAcceptanceController_startAcceptance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/reviews/{scheduleId}/{periodIndex}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the supplier handed in a period report
     * @description 001 6.3: quarterly service report; 003 附件: monthly report within 5 working days.
     *
     *     Roles: operator (or admin).
     */
    post: operations['SubmitReviewReportController_submitReviewReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/reviews/{scheduleId}/{periodIndex}/conclusion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the outcome of a period review
     * @description 001 6.3: "10 日内未提出质疑的，视为…通过" (deemedPassed after the window); a failure opens 001 6.2 bond deduction.
     *
     *     Roles: operator (or admin).
     */
    post: operations['ConcludeReviewController_concludeReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/staff-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a staff change the supplier announced
     * @description 001 12.4: 5 days of prior notice; no change without the client’s consent.
     *
     *     Roles: operator (or admin).
     */
    post: operations['NotifyStaffChangeController_notifyStaffChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/staff-changes/{changeId}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the client approved a staff change
     * @description 001 12.4: "除非甲方同意，本项目所有服务人员不得改变".
     *
     *     Roles: operator (or admin).
     */
    post: operations['ApproveStaffChangeController_approveStaffChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/staff-changes/{changeId}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the client refused a staff change
     * @description 001 12.4; 001 5.1 第二段: an unauthorized change is a breach.
     *
     *     Roles: operator (or admin).
     */
    post: operations['RejectStaffChangeController_rejectStaffChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/penalties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assess a penalty under a rule of the terms
     * @description 000 第十二条 1: 0.5 % of the total per day late (days); 000 第十二条 3: 1,000.00 per violation (violations); 003 第六条 2(3): up to 5 % (amount). The amount is computed from the rule.
     *
     *     Roles: operator (or admin).
     */
    post: operations['AssessPenaltyController_assessPenalty'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/penalties/{penaltyId}/waiver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Waive what is left of an assessed penalty
     * @description Roles: operator (or admin).
     */
    post: operations['WaivePenaltyController_waivePenalty'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/penalties/{penaltyId}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a penalty the supplier paid in cash
     * @description 000 第十二条 3 / 001 5.1: a penalty settled by the supplier paying it rather than by an offset against a payment or a waiver. More than is outstanding is recorded and flagged overpayment; a waived or reversed penalty is refused.
     *
     *     Roles: finance (or admin).
     */
    post: operations['RecordPenaltyPaymentController_recordPenaltyPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/installments/{installmentId}/late-interest/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record late-payment interest the client paid
     * @description 001 5.2 / 002 第五条 2 / 003 第六条 2(2): interest on a late installment, paid by the client. Money that arrived is recorded: paid on or before the due date it is flagged notOverdue, beyond what the cap still allows exceedsCap, after a whole waiver afterWaiver. A contract without a late-payment clause (000, 004) refuses it.
     *
     *     Roles: finance (or admin).
     */
    post: operations['RecordLateInterestPaymentController_recordLateInterestPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/installments/{installmentId}/late-interest/waivers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the supplier waived late-payment interest
     * @description The supplier, the creditor (001 5.2), waives an amount of an installment’s late-payment interest, or without amount all of it, accrued and still to accrue. More than the clause’s cap could ever charge (less what is paid or waived) is refused.
     *
     *     Roles: finance (or admin).
     */
    post: operations['WaiveLateInterestController_waiveLateInterest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/payment-restrictions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that a treasury restriction defers payment
     * @description 000 / 004 第五条 5 "财政国库支付受限，支付期限顺延，不承担违约责任"; 001 4.2 "因财政原因不能及时支付费用时…甲方不因此原因承担违约责任": from this date no late-payment interest accrues until the restriction ends. One restriction runs at a time.
     *
     *     Roles: finance (or admin).
     */
    post: operations['StartPaymentRestrictionController_startPaymentRestriction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/payment-restrictions/{restrictionId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that a treasury payment restriction was lifted
     * @description 000 第五条 5 "待障碍消除后，立即恢复支付": from this date lateness accrues again. The restricted days run from the start to the day before.
     *
     *     Roles: finance (or admin).
     */
    post: operations['EndPaymentRestrictionController_endPaymentRestriction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/breach-notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a written notice of breach
     * @description 001 15.2: a breach not cured within 10 days of written notice lets the other party terminate; the cure period comes from the named termination right.
     *
     *     Roles: operator (or admin).
     */
    post: operations['IssueBreachNoticeController_issueBreachNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/breach-notices/{noticeId}/cure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that a notified breach was cured
     * @description Roles: operator (or admin).
     */
    post: operations['CureBreachController_cureBreach'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/termination-notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a notice of termination
     * @description 001 15.2 第四段: the client may terminate for convenience with 30 days’ notice; effectiveOn defaults to the right’s notice period. An uncured-breach right needs the breach notice.
     *
     *     Roles: operator (or admin).
     */
    post: operations['IssueTerminationNoticeController_issueTerminationNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/termination-notices/{noticeId}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw a running termination notice
     * @description Roles: operator (or admin).
     */
    post: operations['WithdrawTerminationNoticeController_withdrawTerminationNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/termination': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Terminate the contract
     * @description After a notice (noticeId), at once under a right that needs none (rightId, e.g. 000 第十二条 4 confidentiality), or by mutual agreement (by: both). Refunds follow the terms (000 第十二条 6: all fees paid).
     *
     *     Roles: operator (or admin).
     */
    post: operations['TerminateContractController_terminateContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/service-period/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the service period has run out
     * @description 000 第三条: 2022-03-01 to 2023-04-30. On or after its last day.
     *
     *     Roles: operator (or admin).
     */
    post: operations['EndServicePeriodController_endServicePeriod'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/holdover/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the start of holdover service after expiry
     * @description 002 第十三条: service continues until a successor takes over, paid pro rata; occurredAt is the first holdover day.
     *
     *     Roles: operator (or admin).
     */
    post: operations['StartHoldoverController_startHoldover'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/holdover/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the end of holdover service
     * @description 002 第十三条: fee = holdover days ÷ 365 × total. occurredAt is the last holdover day.
     *
     *     Roles: operator (or admin).
     */
    post: operations['EndHoldoverController_endHoldover'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/holdover/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a payment of the holdover fee
     * @description 001 2.3: the client owes the holdover fee (it is in expected; a payment lowers outstanding). 002 第十三条 "由新服务商提供": the new service provider owes it — its payment settles the successor’s fee, never this contract’s; a client payment is recorded and flagged payerNotLiable. More than the fee is flagged exceedsFee. Refused: no fee fixed (HoldoverEnded, or a free holdover), a date before the holdover ended.
     *
     *     Roles: finance (or admin).
     */
    post: operations['RecordHoldoverFeePaymentController_recordHoldoverFeePayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close an expired or terminated contract with nothing left open
     * @description Refused while an installment, the bond, a refund, a penalty or a review is still open.
     *
     *     Roles: operator (or admin).
     */
    post: operations['CloseContractController_closeContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/force-majeure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a force-majeure event
     * @description 000 第十九条: notice within 24 hours, proof within 2 days; 000 第二十条: more than 60 days opens termination. Performance is suspended until it ends.
     *
     *     Roles: operator (or admin).
     */
    post: operations['DeclareForceMajeureController_declareForceMajeure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/force-majeure/{forceMajeureId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the end of a force-majeure event
     * @description Roles: operator (or admin).
     */
    post: operations['EndForceMajeureController_endForceMajeure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a supplementary agreement adding to the total
     * @description 001 14.1: all supplementary agreements together at most 10 % of the total.
     *
     *     Roles: operator (or admin).
     */
    post: operations['SignAmendmentController_signAmendment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reverse or amend an earlier fact
     * @description History is never edited: the correction is a new fact naming the old one by its id (payment, invoice, bond deduction, penalty, refund).
     *
     *     Roles: operator, finance (or admin).
     */
    post: operations['RecordCorrectionController_recordCorrection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The contract’s events, in order
     * @description Roles: legal, finance (or admin). JSON by default; send `Accept: application/cloudevents-batch+json` for the feed's CloudEvents of this contract.
     */
    get: operations['ContractEventsController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Verify the contract’s hash chain
     * @description Roles: legal (or admin).
     */
    get: operations['ContractVerificationController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contracts with status, parties, totals and next deadline (paged) */
    get: operations['ContractViewsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/payment-schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Installments: due dates, invoices, payments, offsets, overdue days, late-payment interest as of ?asOf
     * @description ?knownAt (record time) shows the view as the ledger knew it then, ?position repeats an answer at its stated `basis`.
     */
    get: operations['ContractViewsController_paymentSchedule'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every money movement as a line, with event id, revision, position, dates and actor
     * @description ?knownAt (record time) shows the view as the ledger knew it then, ?position repeats an answer at its stated `basis`.
     */
    get: operations['ContractViewsController_ledger'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/bond': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Performance bond: required, deposit, deductions, refundable balance, refund, overdue flags
     * @description ?knownAt (record time) shows the view as the ledger knew it then, ?position repeats an answer at its stated `basis`.
     */
    get: operations['ContractViewsController_bond'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/termination-refund': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Pro-rata termination refund with the formula inputs, due date, paid and outstanding
     * @description ?knownAt (record time) shows the view as the ledger knew it then, ?position repeats an answer at its stated `basis`.
     */
    get: operations['ContractViewsController_terminationRefund'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Expected vs received vs outstanding, each difference with the ledger lines behind it
     * @description ?knownAt (record time) shows the view as the ledger knew it then, ?position repeats an answer at its stated `basis`.
     */
    get: operations['ContractViewsController_reconciliation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Portfolio reconciliation by client / supplier over movements dated in [from, to] */
    get: operations['PortfolioReconciliationController_portfolio'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The event feed, as a CloudEvents batch
     * @description Roles: integration (or admin). Events numbered after `after`, oldest first, at most `limit` (1-1000, default 100). With `types` or `contract` only matching events are returned, and `Feed-Next-After` tells where the page stopped looking: resume from it, not from the last event returned. A type-filtered page looks at 10,000 numbers at most, so it may be empty and still not at the head.
     */
    get: operations['FeedController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feed/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The event feed, live, as Server-Sent Events
     * @description Roles: integration (or admin). Catches up from `after` (or the Last-Event-ID header, which wins), then stays open: each event is `id: <sequence>` and `data: <CloudEvent JSON>`. Comment lines are heartbeats; `retry:` says how long to wait before reconnecting. A cursor beyond the feed gets a `feed-error` event and the stream ends. A client that does not keep up is disconnected and resumes from its Last-Event-ID. `types` and `contract` filter as on GET /feed; a filtered stream sends `id:`-only lines to record how far it has looked.
     */
    get: operations['FeedStreamController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/schemas/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every published event data schema
     * @description Public.
     */
    get: operations['EventSchemasController_catalogue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/schemas/events/{type}/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The JSON Schema (draft 2020-12) of one event type’s data, by version
     * @description Public. Example: /schemas/events/payment-recorded/v1.json
     */
    get: operations['EventSchemasController_schema'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/asyncapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * AsyncAPI 3.0 description of the event feed
     * @description Public.
     */
    get: operations['AsyncApiController_asyncapi'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The webhook endpoints of this API key (admin: all) */
    get: operations['WebhooksController_list'];
    put?: never;
    /**
     * Register a webhook endpoint
     * @description Roles: integration (or admin). Events recorded from now on that match the filters are delivered, signed per Standard Webhooks; `secret` (whsec_…) is in this response only. History: POST /webhooks/{webhookId}/replay.
     */
    post: operations['WebhooksController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{webhookId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One webhook endpoint, its public key and its health
     * @description `health` says whether it is healthy, failing (consecutive failures, last error) or disabled (410 from the receiver, or by its owner), with its pending and dead-lettered messages.
     */
    get: operations['WebhooksController_get'];
    put?: never;
    post?: never;
    /** Remove an endpoint, its messages and their attempts */
    delete: operations['WebhooksController_remove'];
    options?: never;
    head?: never;
    /** Change an endpoint (URL, filters, description, enabled) */
    patch: operations['WebhooksController_update'];
    trace?: never;
  };
  '/webhooks/{webhookId}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate the signing secret
     * @description The new secret (in this response only) signs from now on; the old one keeps signing alongside it for `graceSeconds` (default WEBHOOK_SECRET_GRACE_HOURS, 24 h), so every delivery carries both `v1` signatures meanwhile.
     */
    post: operations['WebhooksController_rotate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{webhookId}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Messages of this endpoint with every attempt
     * @description Newest first: status (pending, delivering, delivered, dead, skipped), attempts, next attempt, last response code, latency and error, and the attempt log. Page with `before=<sequence>`.
     */
    get: operations['WebhookDeliveriesController_deliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{webhookId}/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Dead-lettered messages (every attempt failed)
     * @description Each holds back the later messages of its contract until replayed or skipped.
     */
    get: operations['WebhookDeliveriesController_deadLetters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{webhookId}/dead-letters/{sequence}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a dead letter again (attempts start over) */
    post: operations['WebhookDeliveriesController_replayDead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{webhookId}/dead-letters/{sequence}/skip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give up on a dead letter; its contract lane moves on */
    post: operations['WebhookDeliveriesController_skipDead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{webhookId}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deliver again from a feed sequence
     * @description Every matching event numbered `from` or later is delivered again, in order per contract, with its original webhook-id. Any point of the feed: the log is retained whole.
     */
    post: operations['WebhookDeliveriesController_replay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{webhookId}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a signed test message now and report the answer
     * @description A CloudEvent of type `cn.gov.contract-ledger.webhook.test.v1` (not a contract event, not in the feed), signed like every delivery.
     */
    post: operations['WebhookDeliveriesController_test'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Signed checkpoints of the evidence log and the keys that verify them */
    get: operations['CheckpointsController_list'];
    put?: never;
    /**
     * Sign a checkpoint of the log now
     * @description Roles: admin.
     */
    post: operations['CheckpointsController_sign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export the contract’s verifiable evidence
     * @description Roles: legal (or admin). Every event in canonical form with its inclusion proof, the signed checkpoint, the public key, a consistency proof from ?since=, and a printable report.
     */
    get: operations['ContractEvidenceController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every event in business order with the deadlines and what happened at each
     * @description Each event with record time, actor, correlation/causation ids, clause, corrections and the money position after it; derived facts (installments due, interest running, bond deposit/refund, termination refund, cure periods, notices, review windows deemed passed, acceptance deadlines) with their outcome (open, met, missed, deemed, excused, waived), calendar version and provisional flag. `basis` states the knownAt and position used. `Accept: text/html` gives a printable page.
     */
    get: operations['TimelineController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{contractId}/obligations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One contract’s obligations: party, kind, clause, due date, status and since when
     * @description Each with the calendar version and provisional flag of its due date and the events that created and settled it; ?asOf, ?knownAt and ?position as on every contract view.
     */
    get: operations['ObligationsController_ofContract'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/obligations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Obligations across contracts, filtered by party, status, kind and due date (paged)
     * @description Read from the obligations projection: open or missed decided at ?asOf (default today) without a write. With ?knownAt or ?position, and for contracts the projection cannot answer exactly at that asOf (an event dated later, other calendar data), the streams are folded: `basis.computedFrom` says `stream` or `projections+stream` and `basis.foldedContracts` how many. Late interest carries no amount here (it accrues to the day: see the payment schedule).
     */
    get: operations['ObligationsController_across'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every calendar year: official or provisional, its version and source
     * @description A provisional year is weekends plus the statutory days of the 2024 revision (13), without make-up working days; every deadline counted in it says `provisional: true` until the notice is published here.
     */
    get: operations['CalendarController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendar/years': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a year of the State Council's holiday notice
     * @description Roles: admin. The body is the calendar-year file (calendar/README.md). Validated: dates real, inside the year and listed once; make-up working days on Saturdays or Sundays; each festival in one break; weekday days off − make-up days = the statutory days (元旦1 春节4 清明1 劳动节2 端午1 中秋1 国庆3). Recorded as CalendarYearPublished in the `calendar` stream; every figure is recomputed with it at once. The same file again records nothing (200).
     */
    post: operations['CalendarController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    DependencyCheck: {
      /** @enum {string} */
      status: 'up' | 'down';
    };
    LiveResponse: {
      /** @enum {string} */
      status: 'ok';
    };
    ReadyResponse: {
      /** @enum {string} */
      status: 'ok';
      /**
       * @example {
       *       "database": {
       *         "status": "up"
       *       },
       *       "eventStore": {
       *         "status": "up"
       *       }
       *     }
       */
      checks: {
        [key: string]: components['schemas']['DependencyCheck'];
      };
    };
    UnavailableResponse: {
      /** @enum {string} */
      status: 'unavailable';
      /**
       * @example {
       *       "database": {
       *         "status": "up"
       *       },
       *       "eventStore": {
       *         "status": "up"
       *       }
       *     }
       */
      checks: {
        [key: string]: components['schemas']['DependencyCheck'];
      };
    };
    ProjectionStatusDto: {
      /** @example payment_schedules */
      name: string;
      /**
       * @description Global position of the last event applied (null: none yet)
       * @example 1042
       */
      checkpoint: string | null;
      /**
       * @description Global position of the newest event in the store (null: empty store)
       * @example 1042
       */
      head: string | null;
      /** @description True while the checkpoint is short of the head */
      behind: boolean;
      /**
       * @description Events after the checkpoint (counted up to a limit)
       * @example 0
       */
      lagEvents: number;
      /** @description True when lagEvents stopped at the counting limit: at least that */
      lagEventsAtLeast: boolean;
      /**
       * @description Age of the oldest event not yet applied, from its store time; 0 when caught up
       * @example 0
       */
      lagMs: number;
      /**
       * @description Events it has applied, counted with its checkpoint
       * @example 1042
       */
      eventsApplied: number;
      /** @example 2026-03-01T08:15:02.123Z */
      updatedAt: string | null;
    };
    ProjectionsResponse: {
      projections: components['schemas']['ProjectionStatusDto'][];
    };
    PartyDto: {
      /**
       * @description Name as written in the contract
       * @example 北京市经济信息中心
       */
      name: string;
      /**
       * @description Clause or page it comes from
       * @example 合同首页 甲方
       */
      source?: string;
    };
    PartiesDto: {
      /** @description 甲方: the purchasing authority */
      client: components['schemas']['PartyDto'];
      /** @description 乙方: the supplier */
      supplier: components['schemas']['PartyDto'];
    };
    TotalDto: {
      /**
       * @description Tax-inclusive contract total (合同总价, 含税). A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 1130000.00
       */
      taxInclusive: string;
      /**
       * @description Tax-exclusive total where stated. A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 1912500.00
       */
      taxExclusive?: string;
      /** @description 本项目最终合同金额以财政资金实际情况为准 */
      subjectToFunding?: boolean;
      /**
       * @description Clause
       * @example 第四条
       */
      source?: string;
    };
    ContractTermsDto: {
      /**
       * @description Contract number, or null when the form is blank
       * @example J-BEIC-WG-20220223-01
       */
      contractNumber: string | null;
      /**
       * @description Project name
       * @example 2022 年市投资项目在线审批监管平台和事项管理系统基础支撑环境运行维护
       */
      projectName: string;
      parties: components['schemas']['PartiesDto'];
      /**
       * Format: date
       * @description Signing date; the ContractSigned event is dated on it (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-02-28
       */
      signingDate: string;
      /**
       * @example CNY
       * @enum {string}
       */
      currency: 'CNY';
      total: components['schemas']['TotalDto'];
      /**
       * @description Explicit dates, or N months from signing
       * @example {
       *       "kind": "explicit",
       *       "start": "2022-03-01",
       *       "end": "2023-04-30",
       *       "source": "第三条"
       *     }
       */
      servicePeriod: {
        [key: string]: unknown;
      };
      /**
       * @description Installments (summing to the total), invoice rule
       * @example {
       *       "source": "第五条",
       *       "installments": [
       *         {
       *           "id": "first",
       *           "label": "首款",
       *           "share": "0.5",
       *           "amount": "565000.00",
       *           "trigger": {
       *             "kind": "onSigning"
       *           },
       *           "due": {
       *             "kind": "fixed-date",
       *             "date": "2022-05-31"
       *           },
       *           "conditions": [
       *             "本合同签署生效且财政资金拨付到位"
       *           ],
       *           "source": "第五条 1"
       *         },
       *         {
       *           "id": "interim",
       *           "label": "中期款",
       *           "share": "0.2143",
       *           "amount": "242159.00",
       *           "trigger": {
       *             "kind": "onPhaseAcceptance",
       *             "milestoneId": "phase"
       *           },
       *           "due": {
       *             "kind": "fixed-date",
       *             "date": "2022-11-30"
       *           },
       *           "source": "第五条 2"
       *         },
       *         {
       *           "id": "final",
       *           "label": "尾款",
       *           "share": "0.2857",
       *           "amount": "322841.00",
       *           "trigger": {
       *             "kind": "onFinalAcceptance"
       *           },
       *           "due": {
       *             "kind": "fixed-date",
       *             "date": "2023-05-31"
       *           },
       *           "adjustableToBudget": true,
       *           "source": "第五条 3, 7"
       *         }
       *       ],
       *       "invoice": {
       *         "required": true,
       *         "leadDays": 15,
       *         "source": "第五条 4, 8"
       *       },
       *       "fundingDelayExcused": true
       *     }
       */
      paymentSchedule: {
        [key: string]: unknown;
      };
      /**
       * @description Milestones (exactly one final) and acceptance windows
       * @example {
       *       "source": "第七条",
       *       "milestones": [
       *         {
       *           "id": "phase",
       *           "kind": "phase",
       *           "label": "中期验收（完成相应工作并经甲方验收通过）",
       *           "source": "第五条 2; 第六条 1 阶段性验收报告"
       *         },
       *         {
       *           "id": "final",
       *           "kind": "final",
       *           "label": "合同验收（专家评审会）",
       *           "source": "第七条 2"
       *         }
       *       ],
       *       "applyWithin": {
       *         "days": 30,
       *         "unit": "working"
       *       },
       *       "prepareWithin": {
       *         "days": 5,
       *         "unit": "working"
       *       },
       *       "failuresOpeningTermination": {
       *         "count": 2,
       *         "comparison": "at-least"
       *       }
       *     }
       */
      acceptance: {
        [key: string]: unknown;
      };
      /**
       * @description Performance bond (履约保证金), or null
       * @example {
       *       "source": "4.2",
       *       "rate": "0.05",
       *       "amount": "117350.00",
       *       "depositWithin": {
       *         "days": 10,
       *         "unit": "working"
       *       },
       *       "deductions": [
       *         {
       *           "id": "failed-assessment",
       *           "reason": "failedAssessment",
       *           "rateOfBond": "0.05",
       *           "source": "6.2"
       *         }
       *       ],
       *       "refund": {
       *         "trigger": "finalAcceptanceAndAssessment",
       *         "source": "4.2 第四段"
       *       }
       *     }
       */
      bond: {
        [key: string]: unknown;
      } | null;
      /**
       * @example [
       *       {
       *         "id": "quarterly-report",
       *         "label": "季度服务工作总结报告",
       *         "cadence": "quarterly",
       *         "reviewWindow": {
       *           "days": 10,
       *           "unit": "calendar"
       *         },
       *         "deemedPassedOnSilence": true,
       *         "onFailure": [
       *           {
       *             "kind": "bondDeduction",
       *             "deductionId": "failed-assessment"
       *           },
       *           {
       *             "kind": "terminationRight",
       *             "cureDays": 30
       *           }
       *         ],
       *         "source": "6.3; 6.2; 15.2"
       *       },
       *       {
       *         "id": "semi-annual-briefing",
       *         "label": "半年专题汇报",
       *         "cadence": "semiAnnual",
       *         "deemedPassedOnSilence": false,
       *         "onFailure": [],
       *         "source": "6.1"
       *       }
       *     ]
       */
      reviews: Record<string, never>[];
      /**
       * @description Roster and staff-change rules, or null
       * @example {
       *       "source": "12",
       *       "roster": [
       *         {
       *           "role": "服务经理",
       *           "count": 1,
       *           "name": "朱鹏飞",
       *           "source": "12.2"
       *         },
       *         {
       *           "role": "服务工程师（5*8 驻场、7*24 应急）",
       *           "count": 8,
       *           "onSite": true,
       *           "source": "12.3"
       *         }
       *       ],
       *       "changeNoticeDays": 5,
       *       "clientApprovalRequired": true,
       *       "replacementOnDemandDays": 10,
       *       "unauthorizedChange": {
       *         "cureDays": 10,
       *         "terminationThreshold": {
       *           "count": 3,
       *           "comparison": "at-least"
       *         },
       *         "penaltyId": "termination-for-cause",
       *         "source": "5.1 第二段"
       *       }
       *     }
       */
      staff: {
        [key: string]: unknown;
      } | null;
      /**
       * @description Penalty rules (违约金)
       * @example {
       *       "source": "第十二条",
       *       "offsetAgainstPayments": true,
       *       "rules": [
       *         {
       *           "kind": "perDay",
       *           "id": "late-delivery",
       *           "breach": "逾期交付工作成果或提供服务",
       *           "dailyRate": "0.005",
       *           "terminationAfterDays": {
       *             "count": 15,
       *             "comparison": "more-than"
       *           },
       *           "source": "第十二条 1"
       *         },
       *         {
       *           "kind": "perViolation",
       *           "id": "inspection-violation",
       *           "breach": "检查发现工作不符合合同约定",
       *           "amount": "1000.00",
       *           "terminationThreshold": {
       *             "count": 10,
       *             "comparison": "at-least"
       *           },
       *           "source": "第十二条 3"
       *         },
       *         {
       *           "kind": "percentOfTotal",
       *           "id": "confidentiality-ip",
       *           "breach": "违反保密或知识产权保护条款",
       *           "rate": "0.2",
       *           "terminationRight": true,
       *           "refundAllPaid": true,
       *           "source": "第十二条 4"
       *         },
       *         {
       *           "kind": "percentOfTotal",
       *           "id": "third-party-infringement",
       *           "breach": "第三方提出侵权请求",
       *           "rate": "0.2",
       *           "terminationRight": true,
       *           "source": "第十二条 9"
       *         },
       *         {
       *           "kind": "percentOfTotal",
       *           "id": "malware",
       *           "breach": "交付软件含有计算机病毒等",
       *           "rate": "0.2",
       *           "terminationRight": true,
       *           "refundAllPaid": true,
       *           "source": "第十二条 10"
       *         },
       *         {
       *           "kind": "percentOfTotal",
       *           "id": "termination-for-cause",
       *           "breach": "甲方依约定或法律规定解除合同",
       *           "rate": "0.2",
       *           "onTermination": true,
       *           "refundAllPaid": true,
       *           "source": "第十二条 6; 第七条 3; 第十二条 1, 2, 3, 5"
       *         }
       *       ]
       *     }
       */
      penalties: {
        [key: string]: unknown;
      };
      /**
       * @description The client’s late-payment penalty, or null
       * @example {
       *       "accruesFromOverdueDay": {
       *         "day": 30,
       *         "unit": "working"
       *       },
       *       "dailyRate": "0.0005",
       *       "cap": {
       *         "rate": "0.05",
       *         "of": "overdueAmount",
       *         "scope": "eachDelayedSum",
       *         "source": "5.2 此项违约金总额不超过延迟支付价款的5%"
       *       },
       *       "excusedWithoutInvoice": {
       *         "source": "4.2 乙方逾期提供发票的，或提供发票不符合本合同要求的，甲方不承担逾期付款违约责任"
       *       },
       *       "source": "5.2"
       *     }
       */
      latePayment: {
        [key: string]: unknown;
      } | null;
      /**
       * @description Termination rights and the refund rule
       * @example {
       *       "source": "第十二条; 第二十条",
       *       "rights": [
       *         {
       *           "id": "late-delivery",
       *           "holder": "client",
       *           "ground": "cause",
       *           "refundAllPaid": true,
       *           "source": "第十二条 1（延期超过 15 日）"
       *         },
       *         {
       *           "id": "failed-acceptance",
       *           "holder": "client",
       *           "ground": "cause",
       *           "refundAllPaid": true,
       *           "source": "第七条 3"
       *         },
       *         {
       *           "id": "inspection-violations",
       *           "holder": "client",
       *           "ground": "cause",
       *           "refundAllPaid": true,
       *           "source": "第十二条 3（满 10 次以上）"
       *         },
       *         {
       *           "id": "confidentiality-ip",
       *           "holder": "client",
       *           "ground": "cause",
       *           "refundAllPaid": true,
       *           "source": "第十二条 4"
       *         },
       *         {
       *           "id": "uncured-breach",
       *           "holder": "client",
       *           "ground": "uncuredBreach",
       *           "cureDays": 30,
       *           "refundAllPaid": true,
       *           "source": "第十二条 2, 5"
       *         },
       *         {
       *           "id": "force-majeure",
       *           "holder": "either",
       *           "ground": "forceMajeure",
       *           "source": "第二十条"
       *         }
       *       ],
       *       "refund": {
       *         "divisor": "period-days"
       *       },
       *       "terminationDayPerformed": true
       *     }
       */
      termination: {
        [key: string]: unknown;
      };
      /**
       * @description Service after expiry until a successor takes over, or null
       * @example {
       *       "kind": "proRata",
       *       "divisor": "period-days",
       *       "cap": "0.1",
       *       "paidBy": "client",
       *       "source": "2.3; 15.1"
       *     }
       */
      holdover: {
        [key: string]: unknown;
      } | null;
      /**
       * @description Force majeure (不可抗力), or null
       * @example {
       *       "source": "第十七条–第二十条",
       *       "noticeWithin": {
       *         "days": 1,
       *         "unit": "calendar"
       *       },
       *       "proofWithin": {
       *         "days": 2,
       *         "unit": "calendar"
       *       },
       *       "feeDeductionForSuspendedPeriod": true,
       *       "extendsServicePeriod": false,
       *       "renegotiateAfter": {
       *         "count": 45,
       *         "comparison": "at-least"
       *       },
       *       "terminationAfter": {
       *         "count": 60,
       *         "comparison": "more-than"
       *       }
       *     }
       */
      forceMajeure: {
        [key: string]: unknown;
      } | null;
      /**
       * @description Supplementary agreements (补充协议), or null
       * @example {
       *       "cap": "0.1",
       *       "source": "14.1"
       *     }
       */
      amendments: {
        [key: string]: unknown;
      } | null;
      /**
       * @example [
       *       "Signing date assumed (2022-02-28): not written in the contract.",
       *       "第五条 5: a treasury restriction defers payment without default (fundingDelayExcused).",
       *       "第十九条 \"24 小时内\" is encoded as 1 calendar day."
       *     ]
       */
      notes?: string[];
    };
    SignContractDto: {
      /** @description The terms as signed */
      terms: components['schemas']['ContractTermsDto'];
    };
    DecidedEventDto: {
      /** @example PaymentRecorded */
      type: string;
      /**
       * @example {
       *       "occurredAt": "2022-11-28",
       *       "paymentId": "pay-interim",
       *       "installmentId": "interim",
       *       "amount": "242159.00"
       *     }
       */
      data: {
        [key: string]: unknown;
      };
    };
    TermsWarningDto: {
      /** @example terms.bond.amount */
      field: string;
      /** @example bond-above-10-percent */
      rule: string;
      /** @example The bond exceeds 10 % of the contract amount */
      message: string;
    };
    SignContractResponse: {
      /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      contractId: string;
      /** @example contract-b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      streamId: string;
      /**
       * @description Revision of the stream after the command (also sent as the ETag W/"7")
       * @example 7
       */
      revision: number;
      /**
       * @description Global position of the last event written, as a decimal string
       * @example 1042
       */
      position: string | null;
      /**
       * @example [
       *       "5b0c1e0e-2f3a-5c1d-9a43-0d8f6c2b7e11"
       *     ]
       */
      eventIds: string[];
      events: components['schemas']['DecidedEventDto'][];
      /** @description True when nothing new was written (the same fact was already recorded) */
      idempotent: boolean;
      /**
       * @description A signed receipt: a C2SP signed note by the ledger key whose text is one line of RFC 8785 JSON (format contract-ledger/receipt/v1: origin, streamId, revision, the written events’ ids and chain hashes, streamHead, position, issuedAt). Keep it to prove later that history was cut short or rewritten (`npm run evidence:verify -- --receipt`, README "Evidence"). Absent only when it could not be built (logged).
       * @example {"events":[{"eventId":"5b0c1e0e-2f3a-5c1d-9a43-0d8f6c2b7e11","hash":"9f86…","revision":7}],"format":"contract-ledger/receipt/v1","issuedAt":"2026-03-01T08:15:02.123Z","origin":"ledger.example","position":"1042","revision":7,"streamHead":"9f86…","streamId":"contract-b44145ef-8a49-5b4c-802f-6b7bddd0311b"}
       *
       *     — ledger.example Ab3d…
       */
      receipt?: string;
      warnings: components['schemas']['TermsWarningDto'][];
    };
    DepositBondDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Amount lodged. A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 117350.00
       */
      amount: string;
      /**
       * @description How it was lodged (政府采购法实施条例 第48条 asks for a non-cash form; cash is recorded and flagged)
       * @example bankGuarantee
       * @enum {string}
       */
      instrument:
        | 'cheque'
        | 'bankDraft'
        | 'promissoryNote'
        | 'bankGuarantee'
        | 'guaranteeCompanyLetter'
        | 'suretyInsurance'
        | 'cash';
    };
    ContractCommandResponse: {
      /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      contractId: string;
      /** @example contract-b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      streamId: string;
      /**
       * @description Revision of the stream after the command (also sent as the ETag W/"7")
       * @example 7
       */
      revision: number;
      /**
       * @description Global position of the last event written, as a decimal string
       * @example 1042
       */
      position: string | null;
      /**
       * @example [
       *       "5b0c1e0e-2f3a-5c1d-9a43-0d8f6c2b7e11"
       *     ]
       */
      eventIds: string[];
      events: components['schemas']['DecidedEventDto'][];
      /** @description True when nothing new was written (the same fact was already recorded) */
      idempotent: boolean;
      /**
       * @description A signed receipt: a C2SP signed note by the ledger key whose text is one line of RFC 8785 JSON (format contract-ledger/receipt/v1: origin, streamId, revision, the written events’ ids and chain hashes, streamHead, position, issuedAt). Keep it to prove later that history was cut short or rewritten (`npm run evidence:verify -- --receipt`, README "Evidence"). Absent only when it could not be built (logged).
       * @example {"events":[{"eventId":"5b0c1e0e-2f3a-5c1d-9a43-0d8f6c2b7e11","hash":"9f86…","revision":7}],"format":"contract-ledger/receipt/v1","issuedAt":"2026-03-01T08:15:02.123Z","origin":"ledger.example","position":"1042","revision":7,"streamHead":"9f86…","streamId":"contract-b44145ef-8a49-5b4c-802f-6b7bddd0311b"}
       *
       *     — ledger.example Ab3d…
       */
      receipt?: string;
    };
    ReviewPeriodDto: {
      /**
       * @description Review schedule of the terms
       * @example quarterly-report
       */
      scheduleId: string;
      /**
       * @description Period, counted from 1
       * @example 1
       */
      periodIndex: number;
    };
    DeductBondDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example ded-q1
       */
      deductionId: string;
      /**
       * @description Deduction rule of the terms
       * @example failed-assessment
       */
      ruleId?: string;
      /**
       * @description Amount kept (computed from the rule when it has a rate). A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 5867.50
       */
      amount?: string;
      /**
       * @description Why
       * @example 第一季度考核未通过
       */
      reason: string;
      /** @description The failed review a failed-assessment rule needs */
      review?: components['schemas']['ReviewPeriodDto'];
    };
    RefundBondDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Amount returned; default the remaining balance. A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 111482.50
       */
      amount?: string;
    };
    RecordInvoiceDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example inv-interim
       */
      invoiceId: string;
      /**
       * @description Installment of the payment schedule
       * @example interim
       */
      installmentId: string;
      /**
       * @description Invoiced amount (tax-inclusive). A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 242159.00
       */
      amount: string;
      /**
       * @description Number printed on the invoice
       * @example 11002213-00412345
       */
      invoiceNumber?: string;
    };
    RejectInvoiceDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description What does not conform (title, amount, tax rate…), as the client wrote it
       * @example 发票抬头与合同甲方名称不一致
       */
      reason: string;
    };
    ConfirmPaymentApplicationDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    PenaltyOffsetDto: {
      /**
       * @description Assessed penalty
       * @example pen-1
       */
      penaltyId: string;
      /**
       * @description Amount offset. A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 2000.00
       */
      amount: string;
    };
    RecordPaymentDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client (a uuid): a resend with the same id is harmless
       * @example pay-interim
       */
      paymentId: string;
      /**
       * @description Installment of the payment schedule
       * @example interim
       */
      installmentId: string;
      /**
       * @description Cash paid (0 when the whole installment is settled by offsets). A decimal string, at most two decimals, 0 to 1000000000000
       * @example 240159.00
       */
      amount: string;
      penaltyOffsets?: components['schemas']['PenaltyOffsetDto'][];
    };
    RecordRefundDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example rf-1
       */
      refundId: string;
      /**
       * @description Amount returned. A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 565000.00
       */
      amount: string;
    };
    AdjustFinalPaymentDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description The installment amount from now on. A decimal string, at most two decimals, 0 to 1000000000000
       * @example 320000.00
       */
      newAmount: string;
      /**
       * @description Budget year
       * @example 2023
       */
      budgetYear?: number;
      /**
       * @description Why
       * @example 2023 年财政预算下达
       */
      reason: string;
    };
    AcceptMilestoneDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    RejectAcceptanceDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description What failed
       * @example 文档不全
       */
      reason: string;
    };
    DeemAcceptanceDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    ApplyForAcceptanceDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    StartAcceptanceDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    SubmitReviewReportDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    ConcludeReviewDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description passed, failed, or deemedPassed (silence past the review window)
       * @example failed
       * @enum {string}
       */
      outcome: 'passed' | 'failed' | 'deemedPassed';
      /**
       * @description Findings
       * @example 故障响应超时 2 次
       */
      findings?: string;
    };
    NotifyStaffChangeDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example sc-1
       */
      changeId: string;
      /**
       * @description Role on the roster
       * @example 服务经理
       */
      role: string;
      /**
       * @description Who leaves
       * @example 朱鹏飞
       */
      leaving?: string;
      /**
       * @description Who joins
       * @example 李四
       */
      joining?: string;
      /**
       * Format: date
       * @description When the change takes effect (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-08-08
       */
      effectiveOn: string;
    };
    ApproveStaffChangeDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    RejectStaffChangeDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Why
       * @example 不同意更换服务经理
       */
      reason: string;
    };
    AssessPenaltyDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example pen-1
       */
      penaltyId: string;
      /**
       * @description Penalty rule of the terms
       * @example inspection-violation
       */
      ruleId: string;
      /**
       * @description Days late, for a per-day rule
       * @example 3
       */
      days?: number;
      /**
       * @description Violations found, for a per-violation rule
       * @example 2
       */
      violations?: number;
      /**
       * @description Occurrences, for a share-of-total rule (default 1)
       * @example 1
       */
      occurrences?: number;
      /**
       * @description Assessed amount, only for a rule whose rate is a maximum. A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 50000.00
       */
      amount?: string;
      /**
       * @description What happened; default the rule’s breach
       * @example 巡检记录缺失
       */
      description?: string;
    };
    WaivePenaltyDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Why
       * @example 经协商免除
       */
      reason: string;
    };
    RecordPenaltyPaymentDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example pp-1
       */
      penaltyPaymentId: string;
      /**
       * @description Amount paid. A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 1000.00
       */
      amount: string;
    };
    RecordLateInterestPaymentDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example lip-1
       */
      lateInterestPaymentId: string;
      /**
       * @description Interest paid. A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 3520.50
       */
      amount: string;
    };
    WaiveLateInterestDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example liw-1
       */
      waiverId: string;
      /**
       * @description Interest waived; without it, all of it (accrued and still to accrue). A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 1760.25
       */
      amount?: string;
      /**
       * @description Why, as the supplier wrote it
       * @example 乙方书面放弃逾期付款违约金
       */
      reason: string;
    };
    StartPaymentRestrictionDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: names the restriction when it ends
       * @example pr-1
       */
      restrictionId: string;
      /**
       * @description The treasury's restriction, as notified
       * @example 市财政国库年终结账
       */
      reason: string;
    };
    EndPaymentRestrictionDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    IssueBreachNoticeDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example bn-1
       */
      noticeId: string;
      /**
       * @description Who gives notice
       * @example client
       * @enum {string}
       */
      by: 'client' | 'supplier';
      /**
       * @description The breach
       * @example 服务不达标
       */
      breach: string;
      /**
       * @description Termination right whose cure period runs
       * @example uncured-breach
       */
      rightId?: string;
    };
    CureBreachDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    IssueTerminationNoticeDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example tn-1
       */
      noticeId: string;
      /**
       * @description Who terminates
       * @example client
       * @enum {string}
       */
      by: 'client' | 'supplier';
      /**
       * @description Termination right of the terms
       * @example convenience
       */
      rightId: string;
      /**
       * @description Breach notice, for an uncured-breach right
       * @example bn-1
       */
      breachNoticeId?: string;
      /**
       * Format: date
       * @description When termination takes effect; default after the notice period (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-10-31
       */
      effectiveOn?: string;
    };
    WithdrawTerminationNoticeDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Why
       * @example 双方协商继续履行
       */
      reason: string;
    };
    TerminateContractDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Who terminates; both = mutual agreement
       * @example client
       * @enum {string}
       */
      by: 'client' | 'supplier' | 'both';
      /**
       * @description The termination notice that took effect
       * @example tn-1
       */
      noticeId?: string;
      /**
       * @description Termination right used without notice
       * @example confidentiality-ip
       */
      rightId?: string;
      /**
       * @description Breach notice, for an uncured-breach right
       * @example bn-1
       */
      breachNoticeId?: string;
    };
    EndServicePeriodDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    StartHoldoverDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    EndHoldoverDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    RecordHoldoverFeePaymentDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example hop-1
       */
      paymentId: string;
      /**
       * @description Paid towards the holdover fee. A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 160753.42
       */
      amount: string;
      /**
       * @description Who paid (default client). 002 第十三条 makes the new service provider liable ("由新服务商提供"): a client payment there is recorded and flagged payerNotLiable
       * @example client
       * @enum {string}
       */
      payer?: 'client' | 'successor';
    };
    CloseContractDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    DeclareForceMajeureDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example fm-1
       */
      forceMajeureId: string;
      /**
       * @description Party affected
       * @example supplier
       * @enum {string}
       */
      by: 'client' | 'supplier';
      /**
       * Format: date
       * @description When the other party was notified (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-06-01
       */
      notifiedOn: string;
      /**
       * @description The event
       * @example 疫情封控
       */
      description: string;
    };
    EndForceMajeureDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
    };
    AmendmentInstallmentDto: {
      /**
       * @description New installment id
       * @example amendment-1
       */
      id: string;
      /**
       * @description Label
       * @example 补充协议款
       */
      label: string;
      /**
       * Format: date
       * @description Due date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2023-06-30
       */
      dueBy?: string;
    };
    SignAmendmentDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example sa-1
       */
      amendmentId: string;
      /**
       * @description What was agreed
       * @example 追加机房巡检服务
       */
      description: string;
      /**
       * @description Added to the contract total. A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 100000.00
       */
      addedAmount: string;
      installment?: components['schemas']['AmendmentInstallmentDto'];
    };
    CorrectionTargetDto: {
      /**
       * @description Type of the fact
       * @example PaymentRecorded
       * @enum {string}
       */
      type:
        'PaymentRecorded' | 'InvoiceReceived' | 'BondDeducted' | 'PenaltyAssessed' | 'RefundPaid';
      /**
       * @description Its id (paymentId, invoiceId …)
       * @example pay-1
       */
      factId: string;
    };
    AmendedValuesDto: {
      /**
       * @description Correct amount. A decimal string, at most two decimals, above 0 to 1000000000000
       * @example 565000.00
       */
      amount?: string;
      /**
       * Format: date
       * @description Correct business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-05-20
       */
      occurredAt?: string;
    };
    RecordCorrectionDto: {
      /**
       * Format: date
       * @description When the fact happened: its business date (YYYY-MM-DD, 2000-01-01 to 2100-12-31)
       * @example 2022-11-30
       */
      occurredAt: string;
      /**
       * @description Chosen by the client: a resend with the same id is harmless
       * @example corr-1
       */
      correctionId: string;
      target: components['schemas']['CorrectionTargetDto'];
      /**
       * @description reverse cancels the fact; amend changes it
       * @example amend
       * @enum {string}
       */
      action: 'reverse' | 'amend';
      /** @description For amend */
      amended?: components['schemas']['AmendedValuesDto'];
      /**
       * @description Why
       * @example 录入错误：金额少录一位
       */
      reason: string;
    };
    EventMetadataDto: {
      /**
       * @description The API key name that sent the command
       * @example finance-desk
       */
      actor: string;
      /**
       * @description The request (X-Correlation-Id) that recorded it
       * @example 5f0e2c1a-7b3d-4e9f-a1c2-d3e4f5a6b7c8
       */
      correlationId: string;
      /**
       * @description The command or event that caused it; null for a command sent directly
       * @example null
       */
      causationId: string | null;
    };
    RecordedEventDto: {
      /** @example b1f1c0de-9a43-5c1d-8f6c-2b7e110d8f6c */
      eventId: string;
      /** @example PaymentRecorded */
      type: string;
      /** @example 1 */
      schemaVersion: number;
      /**
       * @description 0-based revision within the stream
       * @example 3
       */
      revision: number;
      /**
       * @description Global position, a decimal string
       * @example 1042
       */
      position: string;
      /**
       * @description Business date of the fact
       * @example 2022-11-28
       */
      occurredAt: string;
      /**
       * @description When the store wrote it
       * @example 2025-03-01T08:15:02.123Z
       */
      recordedAt: string;
      metadata: components['schemas']['EventMetadataDto'];
      /**
       * @description SHA-256 over the previous hash and this event
       * @example 9f86…
       */
      hash: string;
      data: {
        [key: string]: unknown;
      };
    };
    ContractEventsResponse: {
      /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      contractId: string;
      /** @example contract-b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      streamId: string;
      /**
       * @description Revision of the last event (also the ETag)
       * @example 12
       */
      revision: number;
      events: components['schemas']['RecordedEventDto'][];
    };
    StreamVerificationResponse: {
      /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      contractId: string;
      /** @example contract-b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      streamId: string;
      /** @description Every event present, in order, and matching its hash */
      ok: boolean;
      /** @example 12 */
      eventsChecked: number;
      /** @description First revision that no longer matches */
      firstBadRevision?: number;
      /** @enum {string} */
      reason?: 'content_mismatch' | 'chain_broken' | 'revision_gap' | 'missing';
    };
    EventRefDto: {
      /** Format: uuid */
      eventId: string;
      /**
       * @description Global position (digits)
       * @example 42
       */
      position: string;
    };
    FigureDto: {
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      amount: string;
      sources: components['schemas']['EventRefDto'][];
    };
    MovedDeadlineDto: {
      /**
       * @description The date on the provisional calendar
       * @example 2022-07-20
       */
      date: string;
      calendarVersion: string | null;
    };
    DeadlineDto: {
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      date: string;
      /** @enum {string} */
      kind:
        | 'installment'
        | 'bondDeposit'
        | 'bondRefund'
        | 'terminationRefund'
        | 'terminationNotice'
        | 'breachCure'
        | 'serviceEnd';
      /** @example Installment start (首付款) due */
      description: string;
      /**
       * @description What falls due, when the deadline is about money
       * @example 1408200.00
       */
      amount: string | null;
      /** @description The date has passed (as of the view’s asOf) and it is still open */
      overdue: boolean;
      /**
       * @description The calendar data the date was counted with (the versions of the years it crossed); null for calendar days or a fixed date
       * @example chinese-days@1.5.7+provisional-2027@rules-2024
       */
      calendarVersion: string | null;
      /** @description Counted in a year without the State Council’s notice yet (weekends + the 2024 statutory holidays, no make-up days): it may move when the year is recorded */
      provisional: boolean;
      /** @description The provisional date this one replaced when the year’s notice was recorded, if it moved */
      movedFrom: components['schemas']['MovedDeadlineDto'] | null;
      sources: components['schemas']['EventRefDto'][];
    };
    ContractListItemDto: {
      /** Format: uuid */
      contractId: string;
      contractNumber: string | null;
      projectName: string | null;
      client: string | null;
      supplier: string | null;
      /**
       * @description The status at the end of asOf
       * @enum {string}
       */
      status:
        | 'draft'
        | 'active'
        | 'suspended'
        | 'inNotice'
        | 'terminated'
        | 'expired'
        | 'inHoldover'
        | 'closed';
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      signedOn: string | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      serviceStart: string | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      serviceEnd: string | null;
      /**
       * @description Current contract total
       * @example 1408200.00
       */
      total: string | null;
      /**
       * @description Fees the client owes the supplier for the contract as of asOf = scheduled − refundDue + holdoverDue (after 002’s termination: 2,045,000.00 − 613,500.00 − 322,157.53 = 1,109,342.47, the fees earned for the days performed; 001 after its holdover: + 160,753.42)
       * @example 1408200.00
       */
      expected: string;
      /**
       * @description Cash + penalty offsets received by asOf
       * @example 1408200.00
       */
      received: string;
      /**
       * @description expected − (received − refundsPaid): fees still owed to the supplier; negative when the supplier holds more than it earned (a refund still owed)
       * @example 1408200.00
       */
      outstanding: string;
      /**
       * @description Performance bond the client holds
       * @example 1408200.00
       */
      bondHeld: string;
      /**
       * @description refundDue − refundsPaid
       * @example 1408200.00
       */
      refundOutstanding: string;
      nextDeadline: components['schemas']['DeadlineDto'] | null;
      overdueDeadlines: number;
      /** @example 42 */
      position: string;
    };
    PageDto: {
      /** @example 100 */
      limit: number;
      /** @description Pass as ?cursor= for the next page */
      nextCursor?: string | null;
    };
    ContractListResponse: {
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      asOf: string;
      contracts: components['schemas']['ContractListItemDto'][];
      page: components['schemas']['PageDto'];
    };
    MilestoneStatusDto: {
      /** @example final */
      kind: string;
      /**
       * @description Accepted (or deemed accepted) on, by asOf
       * @example 2022-07-20
       */
      acceptedOn: string | null;
      source: components['schemas']['EventRefDto'] | null;
    };
    BreachNoticeStatusDto: {
      /**
       * @description The cure deadline
       * @example 2022-07-20
       */
      cureBy: string | null;
      /** @example client */
      by: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      issuedOn?: string | null;
      source: components['schemas']['EventRefDto'];
    };
    BasisDto: {
      /**
       * @description Record time: events recorded later do not count
       * @example 2026-03-01T08:15:02.123Z
       */
      knownAt: string;
      /**
       * @description Global position of the newest event counted (null: none yet)
       * @example 1042
       */
      position: string | null;
      /**
       * @description `projections`: the live read-model rows; `stream`: the stream folded in memory
       * @enum {string}
       */
      computedFrom: 'projections' | 'stream';
    };
    TerminationNoticeStatusDto: {
      /** @example tn-003-1 */
      noticeId: string;
      /** @example client */
      by: string;
      rightId: string | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      issuedOn: string | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      effectiveOn: string | null;
      source: components['schemas']['EventRefDto'];
    };
    ForceMajeureStatusDto: {
      /** @example fm-003-1 */
      forceMajeureId: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      startedOn: string | null;
      source: components['schemas']['EventRefDto'];
    };
    ResumeToDto: {
      /** @enum {string} */
      status: 'active' | 'inNotice' | 'inHoldover';
    };
    HoldoverPaymentDto: {
      /** @example hop-1 */
      paymentId: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      amount: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      paidOn: string | null;
      /**
       * @description Who paid
       * @enum {string}
       */
      payer: 'client' | 'successor';
      /**
       * @description payerNotLiable: paid by a party the clause does not make liable (002 第十三条 "由新服务商提供"); exceedsFee
       * @example [
       *       "payerNotLiable"
       *     ]
       */
      flags: string[];
      /** @description The HoldoverFeePaid event */
      source: components['schemas']['EventRefDto'];
    };
    HoldoverOwedDto: {
      /**
       * @description The holdover fee fixed when the holdover ended
       * @example 1408200.00
       */
      amount: string;
      /**
       * @description Who owes it: 001 2.3 the client; 002 第十三条 "由新服务商提供" the successor (the new service provider)
       * @enum {string}
       */
      owedBy: 'client' | 'successor';
      /** @description Counted in this contract’s expected and outstanding (only when its client owes it) */
      inExpected: boolean;
      /**
       * @description Last holdover day
       * @example 2022-07-20
       */
      endedOn: string | null;
      /** @example 25 */
      days: number;
      /** @example 2347000.00 × 25 ÷ 365 */
      formula: string;
      sources: components['schemas']['EventRefDto'][];
      /**
       * @description Paid towards the fee by asOf (HoldoverFeePaid, any payer)
       * @example 1408200.00
       */
      paid: string;
      /**
       * @description amount − paid (never below 0.00)
       * @example 1408200.00
       */
      outstanding: string;
      payments: components['schemas']['HoldoverPaymentDto'][];
    };
    HoldoverStatusDto: {
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      startedOn: string | null;
      /**
       * @description Null while it runs (as of asOf)
       * @example 2022-07-20
       */
      endedOn: string | null;
      /**
       * @description Fixed when it ended (001 2.3)
       * @example 1408200.00
       */
      fee: string | null;
      /** @description Who owes the fee (001 2.3 the client; 002 第十三条 the successor) */
      owed: components['schemas']['HoldoverOwedDto'] | null;
    };
    StatusDetailDto: {
      notice: components['schemas']['TerminationNoticeStatusDto'] | null;
      forceMajeure: components['schemas']['ForceMajeureStatusDto'] | null;
      /** @description Where a suspension returns to */
      resumeTo: components['schemas']['ResumeToDto'] | null;
      holdover: components['schemas']['HoldoverStatusDto'] | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      terminatedOn: string | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      closedOn: string | null;
      /** @description Open at the end of asOf (issued by then, not cured by then), by notice id */
      openBreachNotices: {
        [key: string]: components['schemas']['BreachNoticeStatusDto'];
      };
    };
    SummaryServicePeriodDto: {
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      start: string | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      end: string | null;
      /**
       * @description Recorded end, when dated by asOf
       * @example 2022-07-20
       */
      endedOn: string | null;
    };
    ReconciliationFiguresDto: {
      /** @description Fees the client owes the supplier for the contract as of asOf = scheduled − refundDue + holdoverDue (after 002’s termination: 2,045,000.00 − 613,500.00 − 322,157.53 = 1,109,342.47, the fees earned for the days performed; 001 after its holdover: + 160,753.42) */
      expected: components['schemas']['FigureDto'];
      invoiced: components['schemas']['FigureDto'];
      /** @description Cash + penalty offsets */
      received: components['schemas']['FigureDto'];
      /** @description Termination refunds the supplier has paid back by asOf */
      refundsPaid: components['schemas']['FigureDto'];
      /** @description expected − (received − refundsPaid): fees still owed to the supplier; negative when the supplier holds more than it earned (a refund still owed) */
      outstanding: components['schemas']['FigureDto'];
      penaltiesOutstanding: components['schemas']['FigureDto'];
      bondHeld: components['schemas']['FigureDto'];
      refundOutstanding: components['schemas']['FigureDto'];
    };
    StreamActivityDto: {
      /** @example 41 */
      events: number;
      /** @example 40 */
      lastRevision: number;
      /** @example 1042 */
      lastPosition: string;
      /** Format: uuid */
      lastEventId: string;
      /** @example PaymentRecorded */
      lastEventType: string;
      /** @example 2023-08-21 */
      lastBusinessDate: string;
    };
    AnomalyDto: {
      /** Format: uuid */
      eventId: string;
      /**
       * @description Global position (digits)
       * @example 42
       */
      position: string;
      /** @example PaymentRecorded */
      type: string;
      problem: string;
    };
    ContractSummaryResponse: {
      /** @description What the view was computed at: repeat it with ?position */
      basis: components['schemas']['BasisDto'];
      /** Format: uuid */
      contractId: string;
      contractNumber: string | null;
      projectName: string | null;
      parties: components['schemas']['PartiesDto'];
      /** @example CNY */
      currency: string | null;
      /**
       * @description The status at the end of asOf
       * @enum {string}
       */
      status:
        | 'draft'
        | 'active'
        | 'suspended'
        | 'inNotice'
        | 'terminated'
        | 'expired'
        | 'inHoldover'
        | 'closed';
      /** @description What the status rests on, as of asOf */
      statusDetail: components['schemas']['StatusDetailDto'];
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      signedOn: string | null;
      servicePeriod: components['schemas']['SummaryServicePeriodDto'];
      /** @description Contract total as of asOf (amendments, budget adjustments) */
      total: components['schemas']['FigureDto'];
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      signedTotal: string | null;
      /** @description Milestones by id, with acceptance dated by asOf */
      milestones: {
        [key: string]: components['schemas']['MilestoneStatusDto'];
      };
      totals: components['schemas']['ReconciliationFiguresDto'];
      nextDeadlines: components['schemas']['DeadlineDto'][];
      /** @description The stream, null if none */
      activity: components['schemas']['StreamActivityDto'] | null;
      anomalies: components['schemas']['AnomalyDto'][];
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      asOf: string;
      /** @example 42 */
      position: string;
    };
    ScheduleTotalsDto: {
      /**
       * @description Σ of the installments still owed at their current amounts (budget adjustments applied); an installment a termination cancelled counts only what was settled on it (002 第十二条)
       * @example 1408200.00
       */
      scheduled: string;
      /**
       * @description The termination refund the supplier owes back (002 第十二条 2: fees received for the unperformed days); 0.00 when not terminated as of asOf
       * @example 1408200.00
       */
      refundDue: string;
      /**
       * @description The holdover fee this contract’s client owes once the holdover ended (001 2.3: 2,347,000.00 × 25 ÷ 365 = 160,753.42); 0.00 when none, free (003) or owed by the successor contract (002 第十三条)
       * @example 1408200.00
       */
      holdoverDue: string;
      /**
       * @description Fees the client owes the supplier for the contract as of asOf = scheduled − refundDue + holdoverDue (after 002’s termination: 2,045,000.00 − 613,500.00 − 322,157.53 = 1,109,342.47, the fees earned for the days performed; 001 after its holdover: + 160,753.42)
       * @example 1408200.00
       */
      expected: string;
      /**
       * @description Paid towards the client’s holdover fee by asOf (HoldoverFeePaid, 001 2.3): received, lowering outstanding; a payment of a successor’s fee (002 第十三条) is not counted
       * @example 1408200.00
       */
      holdoverPaid: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      invoiced: string;
      /**
       * @description Cash received
       * @example 1408200.00
       */
      paid: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      penaltiesOffset: string;
      /**
       * @description Termination refunds the supplier has paid back by asOf
       * @example 1408200.00
       */
      refundsPaid: string;
      /**
       * @description expected − (received − refundsPaid): fees still owed to the supplier; negative when the supplier holds more than it earned (a refund still owed)
       * @example 1408200.00
       */
      outstanding: string;
      /**
       * @description The part of outstanding on installments past their due date as of asOf (unpaid and due earlier than asOf)
       * @example 1408200.00
       */
      overdue: string;
      /**
       * @description The client’s late-payment interest as of asOf, caps applied
       * @example 1408200.00
       */
      lateInterest: string;
    };
    LateInterestCapDto: {
      /** @enum {string} */
      scope: 'eachDelayedSum' | 'contract';
      /** @example 0.05 */
      rate: string;
      /** @enum {string} */
      base: 'overdueAmount' | 'total';
      source: string | null;
      /**
       * @description Contract total × rate (contract scope)
       * @example 1408200.00
       */
      ceiling: string | null;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      accrued: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      amount: string;
      capped: boolean;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      reachedOn: string | null;
    };
    MovedDueDateDto: {
      /**
       * Format: date
       * @example 2027-02-08
       */
      dueDate: string;
      /**
       * @description The working-day data the deadline was counted with (the versions of the years it crossed, joined by +); null for a fixed date or calendar days
       * @example provisional-2027@rules-2024
       */
      calendarVersion: string | null;
    };
    ConfirmationDto: {
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      confirmedOn: string;
      /**
       * @description The day the 30 working days count from (001 4.2)
       * @example 2022-07-20
       */
      countsFrom: string;
      /** @description Confirmed before the installment’s condition was met */
      early: boolean;
    };
    CancellationDto: {
      /** @example terminated */
      reason: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      on: string | null;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      amount: string;
      sources: components['schemas']['EventRefDto'][];
    };
    InterestTrancheDto: {
      /**
       * @description The delayed sum this tranche accrues on
       * @example 1408200.00
       */
      overdueAmount: string;
      /**
       * @description The day it arrived; null for the part still unpaid
       * @example 2022-07-20
       */
      paidOn: string | null;
      /** @description Calendar days that accrued */
      days: number;
      /**
       * @description First day that accrues (after the grace, 001 5.2 / 002 第五条 2)
       * @example 2022-07-20
       */
      startDate: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      interest: string;
      /** @description Its own cap bound (5 % of the delayed sum, 001 5.2) */
      capped: boolean;
      /** @example min(408200.00 × 0.0005 × 62, 408200.00 × 0.05) = 12654.20 */
      formula: string;
    };
    RejectedInvoiceDto: {
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      amount: string;
      /**
       * @description The day it was received
       * @example 2022-07-20
       */
      receivedOn: string;
      /**
       * @description The day the client found it not to conform
       * @example 2022-07-20
       */
      rejectedOn: string;
      /** @example 发票抬头与合同甲方名称不一致 */
      reason: string;
      /** @description The InvoiceRejected event */
      source?: components['schemas']['EventRefDto'];
    };
    LateInterestExcuseDto: {
      /** @enum {string} */
      reason: 'noConformingInvoice' | 'lateInvoice';
      /** @example 4.2 乙方逾期提供发票的…甲方不承担逾期付款违约责任 */
      clause: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      dueDate: string;
      /**
       * @description The day conforming invoices first covered the amount
       * @example 2022-07-20
       */
      invoicedOn: string | null;
      /** @description Invoices received and found not to conform by asOf (InvoiceRejected, 001 4.2 "提供发票不符合本合同要求"): not counted in invoicedOn */
      rejectedInvoices?: components['schemas']['RejectedInvoiceDto'][];
    };
    LateInterestSettlementDto: {
      /**
       * @description What the clause charges as of asOf, caps applied (= lateInterest.amount)
       * @example 1408200.00
       */
      accrued: string;
      /**
       * @description Paid by the client by asOf (LateInterestPaid)
       * @example 1408200.00
       */
      paid: string;
      /**
       * @description Waived by the supplier by asOf (LateInterestWaived; "all" takes the rest)
       * @example 1408200.00
       */
      waived: string;
      /**
       * @description accrued − paid − waived, never below 0.00
       * @example 1408200.00
       */
      owed: string;
      /** @description The payments and waivers counted */
      sources: components['schemas']['EventRefDto'][];
    };
    RestrictedPeriodDto: {
      restrictionId: string;
      reason: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      startedOn: string | null;
      /**
       * @description Null while it was still running as of asOf
       * @example 2022-07-20
       */
      endedOn: string | null;
      /**
       * @description Restricted days after the due date, up to asOf
       * @example 15
       */
      days: number;
      /** @description PaymentRestrictionStarted (and Ended) */
      sources: components['schemas']['EventRefDto'][];
    };
    DeferralDto: {
      /**
       * @description The due date before the restrictions
       * @example 2022-07-20
       */
      dueDate: string;
      /**
       * @description The due date the lateness counts from
       * @example 2022-07-20
       */
      deferredDueDate: string;
      /** @example 15 */
      days: number;
      restrictions: components['schemas']['RestrictedPeriodDto'][];
    };
    LateInterestDto: {
      /**
       * @description The client’s late-payment interest on this installment as of asOf
       * @example 1408200.00
       */
      amount: string;
      tranches: components['schemas']['InterestTrancheDto'][];
      /** @example chinese-days@1.5.7 */
      calendarVersion: string | null;
      /** @description Counted in a year without the State Council's notice yet (weekends + the 13 statutory days, no make-up days): it may move when the year is published (POST /calendar/years) */
      provisional: boolean;
      sources: components['schemas']['EventRefDto'][];
      /** @description Why it could not be computed */
      problem: string | null;
      /**
       * @description Accrued before a contract-wide cap took its share (003 第六条 2(2))
       * @example 1408200.00
       */
      beforeContractCap?: string;
      /** @description 001 4.2: why lateness is not charged */
      excused?: components['schemas']['LateInterestExcuseDto'];
      /** @description Accrued, paid by the client, waived by the supplier and still owed, as of asOf */
      settlement?: components['schemas']['LateInterestSettlementDto'];
      /** @description Treasury restrictions that deferred the due date (000 第五条 5 支付期限顺延, 001 4.2), with their events */
      deferral?: components['schemas']['DeferralDto'] | null;
    };
    InstallmentSourcesDto: {
      amount: components['schemas']['EventRefDto'][];
      invoiced: components['schemas']['EventRefDto'][];
      paid: components['schemas']['EventRefDto'][];
      penaltiesOffset: components['schemas']['EventRefDto'][];
    };
    PaymentOffsetDto: {
      /** @example pen-000-1 */
      penaltyId: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      amount: string;
    };
    ScheduledPaymentDto: {
      /** @example pay-001-1 */
      paymentId: string;
      /**
       * @description Cash paid
       * @example 1408200.00
       */
      amount: string;
      /** @description Penalties deducted (000 第十二条 8) */
      offsets: components['schemas']['PaymentOffsetDto'][];
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      paidOn: string | null;
      /**
       * @description The due date known when it was recorded
       * @example 2022-07-20
       */
      dueDate: string | null;
      /** @description What the decider flagged when recording it */
      flags: string[];
      /** @description Voided by a correction: counted nowhere */
      reversed: boolean;
      source: components['schemas']['EventRefDto'];
      /** @example 2026-03-01T08:15:02.123Z */
      recordedAt: string;
      /** @description Corrections applied to it */
      corrections: components['schemas']['EventRefDto'][];
    };
    InvoiceRejectionDto: {
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      on: string | null;
      reason: string;
      source: components['schemas']['EventRefDto'];
    };
    ScheduledInvoiceDto: {
      /** @example inv-001-1 */
      invoiceId: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      amount: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      receivedOn: string | null;
      invoiceNumber: string | null;
      /** @description What the decider flagged when recording it */
      flags: string[];
      /** @description Voided by a correction: counted nowhere */
      reversed: boolean;
      source: components['schemas']['EventRefDto'];
      /** @description Corrections applied to it */
      corrections: components['schemas']['EventRefDto'][];
      /** @description Found not to conform (InvoiceRejected, 001 4.2); absent or null while it stands */
      rejection?: components['schemas']['InvoiceRejectionDto'] | null;
    };
    InstallmentAdjustmentDto: {
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      previousAmount: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      newAmount: string;
      /** @example 2023 */
      budgetYear: number | null;
      reason: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      date: string | null;
      source: components['schemas']['EventRefDto'];
    };
    InstallmentDto: {
      /** @example start */
      installmentId: string;
      label: string;
      /** @example 0.6 */
      share: string | null;
      /**
       * @description Current amount (signed ± budget adjustments)
       * @example 1408200.00
       */
      amount: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      signedAmount: string | null;
      /** @description The payment condition (terms) */
      trigger: {
        [key: string]: unknown;
      } | null;
      triggerMet: boolean | null;
      /** @description The due rule (terms) */
      dueRule: {
        [key: string]: unknown;
      } | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      dueDate: string | null;
      /**
       * @description The due date deferred by the treasury restrictions recorded by asOf (000 第五条 5 "支付期限顺延", 001 4.2); status and daysOverdue count from it. Null when no restriction moved it
       * @example 2022-07-20
       */
      deferredDueDate: string | null;
      /**
       * @description The working-day data the deadline was counted with (the versions of the years it crossed, joined by +); null for a fixed date or calendar days
       * @example provisional-2027@rules-2024
       */
      calendarVersion: string | null;
      /** @description Counted in a year without the State Council's notice yet (weekends + the 13 statutory days, no make-up days): it may move when the year is published (POST /calendar/years) */
      provisional: boolean;
      /** @description The provisional due date this one replaced when the notice was published, if it moved */
      movedFrom: components['schemas']['MovedDueDateDto'] | null;
      /** @example confirmation */
      awaiting: string | null;
      confirmation: components['schemas']['ConfirmationDto'] | null;
      /** @enum {string} */
      invoiceStatus: 'none' | 'partial' | 'received' | 'notRequired';
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      invoiced: string;
      /**
       * @description Cash paid
       * @example 1408200.00
       */
      paid: string;
      /**
       * @description Penalties the client offset (000 第十二条 8)
       * @example 1408200.00
       */
      penaltiesOffset: string;
      /**
       * @description paid + penaltiesOffset
       * @example 1408200.00
       */
      settled: string;
      /**
       * @description amount − settled (a cancelled installment owes nothing more)
       * @example 1408200.00
       */
      outstanding: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      overpaid: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      settledOn: string | null;
      /** @description Calendar days after the (deferred) due date up to asOf while unpaid: restricted days do not count */
      daysOverdue: number;
      /** @enum {string} */
      status:
        'unscheduled' | 'cancelled' | 'settled' | 'overdue' | 'due' | 'notDue' | 'awaitingTrigger';
      cancellation: components['schemas']['CancellationDto'] | null;
      lateInterest: components['schemas']['LateInterestDto'] | null;
      sources: components['schemas']['InstallmentSourcesDto'];
      /** @description Payments dated by asOf, as recorded */
      payments: components['schemas']['ScheduledPaymentDto'][];
      /** @description Invoices dated by asOf, as recorded */
      invoices: components['schemas']['ScheduledInvoiceDto'][];
      /** @description Budget adjustments dated by asOf */
      adjustments: components['schemas']['InstallmentAdjustmentDto'][];
      problems: string[];
    };
    PaymentScheduleResponse: {
      /** @description What the view was computed at: repeat it with ?position */
      basis: components['schemas']['BasisDto'];
      /** Format: uuid */
      contractId: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      asOf: string;
      totals: components['schemas']['ScheduleTotalsDto'];
      latePaymentTerms: {
        [key: string]: unknown;
      } | null;
      lateInterestCap: components['schemas']['LateInterestCapDto'] | null;
      holdover: components['schemas']['HoldoverOwedDto'] | null;
      installments: components['schemas']['InstallmentDto'][];
      anomalies: components['schemas']['AnomalyDto'][];
      /** @example 42 */
      position: string;
    };
    LedgerLineDto: {
      /** @example payment:pay-1 */
      lineId: string;
      /** @example payment */
      kind: string;
      /** @enum {string} */
      account:
        | 'expected'
        | 'invoiced'
        | 'received'
        | 'penalties'
        | 'bond'
        | 'refund'
        | 'holdover'
        | 'deductions';
      /**
       * @description Signed in the sense of its account: a reversal is negative
       * @example 1408200.00
       */
      amount: string;
      installmentId: string | null;
      factType: string | null;
      factId: string | null;
      /** @description The line this one corrects */
      corrects: {
        [key: string]: unknown;
      } | null;
      correctedBy:
        | {
            [key: string]: unknown;
          }[]
        | null;
      description: string;
      flags: string[];
      /** Format: uuid */
      eventId: string;
      /** @example PaymentRecorded */
      eventType: string;
      streamRevision: number;
      /** @example 42 */
      position: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      businessDate: string;
      /** Format: date-time */
      recordedAt: string;
      /** @example finance-desk */
      actor: string;
    };
    LedgerResponse: {
      /** @description What the view was computed at: repeat it with ?position */
      basis: components['schemas']['BasisDto'];
      /** Format: uuid */
      contractId: string;
      /**
       * @description Lines dated after this business day are left out
       * @example 2022-07-20
       */
      asOf: string | null;
      lines: components['schemas']['LedgerLineDto'][];
      /** @description Each account’s balance: the sum of its lines */
      balances: {
        [key: string]: components['schemas']['FigureDto'];
      };
      /** @description expected − received lines. expected − (received − refundsPaid): fees still owed to the supplier; negative when the supplier holds more than it earned (a refund still owed) */
      outstandingFees: components['schemas']['FigureDto'];
    };
    MovedDateDto: {
      /**
       * Format: date
       * @example 2027-02-08
       */
      date: string;
      /**
       * @description The working-day data the deadline was counted with (the versions of the years it crossed, joined by +); null for a fixed date or calendar days
       * @example provisional-2027@rules-2024
       */
      calendarVersion: string | null;
    };
    DeadlineCalendarDto: {
      /**
       * @description The working-day data the deadline was counted with (the versions of the years it crossed, joined by +); null for a fixed date or calendar days
       * @example provisional-2027@rules-2024
       */
      calendarVersion: string | null;
      /** @description Counted in a year without the State Council's notice yet (weekends + the 13 statutory days, no make-up days): it may move when the year is published (POST /calendar/years) */
      provisional: boolean;
      /** @description The provisional deadline this one replaced when the notice was published, if it moved */
      movedFrom: components['schemas']['MovedDateDto'] | null;
    };
    BondDepositDto: {
      /**
       * @description 001 4.2: 10 working days after signing
       * @example 2022-07-20
       */
      deadline: string | null;
      deadlineCalendar: components['schemas']['DeadlineCalendarDto'];
      window: {
        [key: string]: unknown;
      } | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      depositedOn: string | null;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      amount: string | null;
      /** @example bankGuarantee */
      instrument: string | null;
      flags: string[];
      late: boolean;
      /** @description Not deposited and the deadline has passed */
      overdue: boolean;
      source: components['schemas']['EventRefDto'] | null;
    };
    ReviewPeriodRefDto: {
      /** @example quarterly-report */
      scheduleId: string;
      /** @example 1 */
      periodIndex: number;
    };
    BondDeductionFactDto: {
      /** @example ded-001-1 */
      deductionId: string;
      /** @example failed-assessment */
      ruleId: string | null;
      /**
       * @description Current amount, after corrections
       * @example 1408200.00
       */
      amount: string;
      /**
       * @description As first recorded
       * @example 1408200.00
       */
      originalAmount: string;
      reason: string;
      review: components['schemas']['ReviewPeriodRefDto'] | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      deductedOn: string | null;
      /**
       * @description The bond held after it
       * @example 1408200.00
       */
      balanceAfter: string | null;
      /** @description Voided by a correction: counted nowhere */
      reversed: boolean;
      source: components['schemas']['EventRefDto'];
      /** @description Corrections applied to it */
      corrections: components['schemas']['EventRefDto'][];
    };
    BondRefundDto: {
      /** @example finalAcceptanceAndAssessment */
      trigger: string | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      triggeredOn: string | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      dueDate: string | null;
      dueDateCalendar: components['schemas']['DeadlineCalendarDto'];
      window: {
        [key: string]: unknown;
      } | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      refundedOn: string | null;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      amount: string | null;
      flags: string[];
      overdue: boolean;
      source: components['schemas']['EventRefDto'] | null;
    };
    BondOverdueDto: {
      deposit: boolean;
      refund: boolean;
    };
    BondResponse: {
      /** @description What the view was computed at: repeat it with ?position */
      basis: components['schemas']['BasisDto'];
      /** Format: uuid */
      contractId: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      asOf: string;
      required: components['schemas']['FigureDto'];
      deposit: components['schemas']['BondDepositDto'];
      /** @description Deductions dated by asOf (001 6.2) */
      deductions: components['schemas']['BondDeductionFactDto'][];
      deducted: components['schemas']['FigureDto'];
      /** @description deposited − deducted */
      refundableBalance: components['schemas']['FigureDto'];
      /**
       * @description Deductions the bond could not cover
       * @example 1408200.00
       */
      uncovered: string;
      refund: components['schemas']['BondRefundDto'];
      refunded: components['schemas']['FigureDto'];
      /** @description deposited − deducted − refunded, as of asOf */
      held: components['schemas']['FigureDto'];
      overdue: components['schemas']['BondOverdueDto'];
      problems: string[];
      anomalies: components['schemas']['AnomalyDto'][];
      /** @example 42 */
      position: string;
    };
    RefundServicePeriodDto: {
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      start: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      end: string;
      days: number;
    };
    RefundPaidFactDto: {
      /** @example ref-002-1 */
      refundId: string;
      /**
       * @description Current amount, after corrections
       * @example 1408200.00
       */
      amount: string;
      /**
       * @description As first recorded
       * @example 1408200.00
       */
      originalAmount: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      paidOn: string | null;
      /** @description What the decider flagged when recording it */
      flags: string[];
      /** @description Voided by a correction: counted nowhere */
      reversed: boolean;
      source: components['schemas']['EventRefDto'];
      /** @description Corrections applied to it */
      corrections: components['schemas']['EventRefDto'][];
    };
    TerminationRefundResponse: {
      /** @description What the view was computed at: repeat it with ?position */
      basis: components['schemas']['BasisDto'];
      /** Format: uuid */
      contractId: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      asOf: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      terminationDate: string | null;
      /** @example client */
      by: string;
      /** @example breach */
      ground: string;
      rightId: string | null;
      noticeId: string | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      performedThrough: string | null;
      /** @enum {string} */
      refundBasis: 'allPaid' | 'proRata' | 'none';
      servicePeriod: components['schemas']['RefundServicePeriodDto'] | null;
      /** @example 365 */
      divisor: number | null;
      /** @example 198 */
      performedDays: number | null;
      /** @example 167 */
      unperformedDays: number | null;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      annualFee: string | null;
      feesReceived: components['schemas']['FigureDto'];
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      feesEarned: string | null;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      feesForUnperformedDays: string | null;
      /** @description 002 第十二条 2: fees received for the days after the termination */
      refundDue: components['schemas']['FigureDto'];
      formula: string;
      recomputedFormula: string | null;
      /**
       * @description 002 第十二条 2: within 30 days of the notice
       * @example 2022-07-20
       */
      dueDate: string | null;
      /** @description Refunds paid by asOf */
      paid: components['schemas']['FigureDto'];
      /** @description refundDue − paid */
      outstanding: components['schemas']['FigureDto'];
      overdue: boolean;
      /** @description Refunds dated by asOf */
      refunds: components['schemas']['RefundPaidFactDto'][];
      anomalies: components['schemas']['AnomalyDto'][];
      /** @example 42 */
      position: string;
    };
    ExplanationDto: {
      /** Format: uuid */
      eventId: string;
      /** @example 42 */
      position: string;
      /** @example PaymentRecorded */
      eventType: string;
      /** @example payment */
      kind: string;
      /** @example received */
      account: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      amount: string;
      /**
       * @description What the line adds to outstanding fees
       * @example 1408200.00
       */
      contribution: string;
      /** @example 2022-07-19 */
      businessDate: string;
      description: string;
      corrects: {
        [key: string]: unknown;
      } | null;
    };
    InstallmentReconciliationDto: {
      /** @example start */
      installmentId: string;
      label: string | null;
      scheduled: boolean;
      expected: components['schemas']['FigureDto'];
      invoiced: components['schemas']['FigureDto'];
      received: components['schemas']['FigureDto'];
      /** @description expected − received; its explanation lines sum to it */
      outstanding: components['schemas']['FigureDto'];
      /** @enum {string} */
      status: 'settled' | 'unpaid' | 'underpaid' | 'overpaid' | 'unscheduled' | 'cancelled';
      explainedBy: components['schemas']['ExplanationDto'][];
    };
    ReconciliationCheckDto: {
      check: string;
      ok: boolean;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      ledger: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      readModel: string;
    };
    ReconciliationResponse: {
      /** @description What the view was computed at: repeat it with ?position */
      basis: components['schemas']['BasisDto'];
      /** Format: uuid */
      contractId: string;
      /**
       * @description Lines dated after this business day are left out
       * @example 2022-07-20
       */
      asOf: string | null;
      figures: components['schemas']['ReconciliationFiguresDto'];
      installments: components['schemas']['InstallmentReconciliationDto'][];
      unallocated: components['schemas']['ExplanationDto'][];
      termination: components['schemas']['ExplanationDto'][];
      holdover: components['schemas']['HoldoverOwedDto'] | null;
      /** @description The client’s holdover fee as expected lines of HoldoverEnded (001 2.3) */
      holdoverLines: components['schemas']['ExplanationDto'][];
      checks: components['schemas']['ReconciliationCheckDto'][];
    };
    PortfolioFiltersDto: {
      client: string | null;
      supplier: string | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      from: string | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      to: string | null;
    };
    PortfolioTotalsDto: {
      contracts: number;
      /**
       * @description Fees the client owes the supplier for the contract as of asOf = scheduled − refundDue + holdoverDue (after 002’s termination: 2,045,000.00 − 613,500.00 − 322,157.53 = 1,109,342.47, the fees earned for the days performed; 001 after its holdover: + 160,753.42)
       * @example 1408200.00
       */
      expected: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      invoiced: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      received: string;
      /**
       * @description Termination refunds the supplier has paid back by asOf
       * @example 1408200.00
       */
      refundsPaid: string;
      /**
       * @description expected − (received − refundsPaid): fees still owed to the supplier; negative when the supplier holds more than it earned (a refund still owed)
       * @example 1408200.00
       */
      outstanding: string;
    };
    FeeBalanceDto: {
      /**
       * @description Fees the client owes the supplier for the contract as of asOf = scheduled − refundDue + holdoverDue (after 002’s termination: 2,045,000.00 − 613,500.00 − 322,157.53 = 1,109,342.47, the fees earned for the days performed; 001 after its holdover: + 160,753.42)
       * @example 1408200.00
       */
      expected: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      invoiced: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      received: string;
      /**
       * @description Termination refunds the supplier has paid back by asOf
       * @example 1408200.00
       */
      refundsPaid: string;
      /**
       * @description expected − (received − refundsPaid): fees still owed to the supplier; negative when the supplier holds more than it earned (a refund still owed)
       * @example 1408200.00
       */
      outstanding: string;
    };
    PeriodBalancesDto: {
      /** @description As of the end of the day before `from` */
      opening: components['schemas']['FeeBalanceDto'];
      /** @description Lines dated in [from, to] */
      movements: components['schemas']['FeeBalanceDto'];
      /** @description As of the end of `to` */
      closing: components['schemas']['FeeBalanceDto'];
      /** @description opening + movements = closing, figure by figure */
      addsUp: boolean;
    };
    PortfolioContractDto: {
      /** Format: uuid */
      contractId: string;
      client: string | null;
      supplier: string | null;
      /** @example active */
      status: string;
      /** @description Fees the client owes the supplier for the contract as of asOf = scheduled − refundDue + holdoverDue (after 002’s termination: 2,045,000.00 − 613,500.00 − 322,157.53 = 1,109,342.47, the fees earned for the days performed; 001 after its holdover: + 160,753.42) */
      expected: components['schemas']['FigureDto'];
      invoiced: components['schemas']['FigureDto'];
      received: components['schemas']['FigureDto'];
      /** @description Termination refunds the supplier has paid back by asOf */
      refundsPaid: components['schemas']['FigureDto'];
      /** @description expected − (received − refundsPaid): fees still owed to the supplier; negative when the supplier holds more than it earned (a refund still owed) */
      outstanding: components['schemas']['FigureDto'];
      /** @enum {string} */
      difference: 'settled' | 'outstanding' | 'overpaid';
      /** @example /contracts/b44145ef-8a49-5b4c-802f-6b7bddd0311b/reconciliation */
      details: string;
      period: components['schemas']['PeriodBalancesDto'] | null;
    };
    PortfolioResponse: {
      filters: components['schemas']['PortfolioFiltersDto'];
      /** @description Movements dated in [from, to] */
      totals: components['schemas']['PortfolioTotalsDto'];
      period: components['schemas']['PeriodBalancesDto'] | null;
      contracts: components['schemas']['PortfolioContractDto'][];
      page: components['schemas']['PageDto'];
    };
    LedgerCloudEventDto: {
      /** @enum {string} */
      specversion: '1.0';
      /**
       * @description The event id
       * @example 5b0c1e0e-2f3a-5c1d-9a43-0d8f6c2b7e11
       */
      id: string;
      /** @example urn:contract-ledger */
      source: string;
      /** @example cn.gov.contract.payment-recorded.v1 */
      type: string;
      /**
       * @description The contract id
       * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
       */
      subject: string;
      /**
       * @description Business time: the fact’s date, at the start of that day in Beijing
       * @example 2022-07-19T00:00:00+08:00
       */
      time: string;
      /** @enum {string} */
      datacontenttype: 'application/json';
      /** @example https://ledger.example/schemas/events/payment-recorded/v1.json */
      dataschema: string;
      /**
       * @description The dense feed number, zero-padded to 20 digits (string order = numeric order)
       * @example 00000000000000001042
       */
      sequence: string;
      /**
       * @description When the ledger recorded it
       * @example 2026-03-01T08:15:02.123Z
       */
      recordedtime: string;
      /**
       * @description 0-based revision in its contract’s stream
       * @example 3
       */
      streamrevision: number;
      /** @example 5f0e2c1a-7b3d-4e9f-a1c2-d3e4f5a6b7c8 */
      correlationid: string;
      /** @description The command or event that caused it, when there is one */
      causationid?: string;
      /**
       * @description The fact, as its `dataschema` describes it
       * @example {
       *       "occurredAt": "2022-07-19",
       *       "paymentId": "pay-001-1",
       *       "installmentId": "start",
       *       "amount": "1408200.00"
       *     }
       */
      data: {
        [key: string]: unknown;
      };
    };
    PublishedSchemaDto: {
      /** @example cn.gov.contract.payment-recorded.v1 */
      type: string;
      /** @enum {string} */
      domainType:
        | 'ContractSigned'
        | 'BondDeposited'
        | 'BondDeducted'
        | 'BondRefunded'
        | 'InvoiceReceived'
        | 'InvoiceRejected'
        | 'PaymentApplicationConfirmed'
        | 'PaymentRecorded'
        | 'MilestoneAccepted'
        | 'AcceptanceRejected'
        | 'AcceptanceDeemed'
        | 'AcceptanceApplied'
        | 'AcceptanceStarted'
        | 'ReviewReportSubmitted'
        | 'ReviewConcluded'
        | 'StaffChangeNotified'
        | 'StaffChangeApproved'
        | 'StaffChangeRejected'
        | 'PenaltyAssessed'
        | 'PenaltyWaived'
        | 'PenaltyPaid'
        | 'LateInterestPaid'
        | 'LateInterestWaived'
        | 'PaymentRestrictionStarted'
        | 'PaymentRestrictionEnded'
        | 'BreachNoticeIssued'
        | 'BreachCured'
        | 'TerminationNoticeIssued'
        | 'TerminationNoticeWithdrawn'
        | 'ContractTerminated'
        | 'RefundPaid'
        | 'ServicePeriodEnded'
        | 'HoldoverStarted'
        | 'HoldoverEnded'
        | 'HoldoverFeePaid'
        | 'ForceMajeureDeclared'
        | 'ForceMajeureEnded'
        | 'AmendmentSigned'
        | 'FinalPaymentAdjusted'
        | 'CorrectionRecorded'
        | 'InstallmentBecameOverdue'
        | 'ReviewDeemedPassed'
        | 'BondRefundOverdue'
        | 'CurePeriodExpired'
        | 'DeadlineRescheduled'
        | 'ContractClosed';
      /** @example 1 */
      schemaVersion: number;
      /** @example https://ledger.example/schemas/events/payment-recorded/v1.json */
      url: string;
    };
    EventSchemaCatalogueResponse: {
      schemas: components['schemas']['PublishedSchemaDto'][];
    };
    CreateWebhookDto: {
      /** @example https://treasury.example.cn/hooks/ledger */
      url: string;
      /**
       * @description CloudEvents types to deliver; absent or empty: every contract event type. Signed checkpoints (cn.gov.ledger.checkpoint-signed.v1) only when named: an HTTP witness
       * @example [
       *       "cn.gov.contract.payment-recorded.v1"
       *     ]
       */
      eventTypes?: string[];
      /**
       * @description Contract ids to deliver; absent or empty: every contract
       * @example [
       *       "b44145ef-8a49-5b4c-802f-6b7bddd0311b"
       *     ]
       */
      contracts?: string[];
      /** @example Treasury payment reconciliation */
      description?: string;
      /** @default true */
      enabled: boolean;
    };
    WebhookSecretStateDto: {
      /** @example 2026-03-01T08:15:02.123Z */
      createdAt: string;
      /**
       * @description End of a rotation’s grace period; null: current
       * @example 2026-03-01T08:15:02.123Z
       */
      expiresAt: string | null;
    };
    WebhookHealthDto: {
      /** @enum {string} */
      state: 'healthy' | 'failing' | 'disabled';
      /** @example 0 */
      consecutiveFailures: number;
      /**
       * @description In flight now: 1 after a failure, doubling after
       * @example 16
       */
      inFlightLimit: number;
      /** @example 2026-03-01T08:15:02.123Z */
      lastSuccessAt: string | null;
      /** @example 2026-03-01T08:15:02.123Z */
      lastFailureAt: string | null;
      lastError: string | null;
      /**
       * @description Set by a 410 Gone
       * @example 2026-03-01T08:15:02.123Z
       */
      disabledAt: string | null;
      disabledReason: string | null;
      /**
       * @description Messages pending or being delivered
       * @example 0
       */
      pending: number;
      /** @example 0 */
      deadLetters: number;
    };
    WebhookEndpointWithSecretDto: {
      /** Format: uuid */
      id: string;
      /**
       * @description The API key that created it
       * @example treasury-integration
       */
      owner: string;
      /** @example https://treasury.example.cn/hooks/ledger */
      url: string;
      /** @description null: every type */
      eventTypes: string[] | null;
      /** @description null: every contract */
      contracts: string[] | null;
      description: string;
      enabled: boolean;
      /**
       * @description Verifies the v1a (Ed25519) signatures
       * @example whpk_…
       */
      publicKey: string;
      /** @description Secrets signing v1 now */
      secrets: components['schemas']['WebhookSecretStateDto'][];
      /**
       * @description Every feed sequence up to here was looked at
       * @example 1042
       */
      enqueuedUpTo: string;
      health: components['schemas']['WebhookHealthDto'];
      /** @example 2026-03-01T08:15:02.123Z */
      createdAt: string;
      /** @example 2026-03-01T08:15:02.123Z */
      updatedAt: string;
      /**
       * @description The signing secret: shown in this answer only
       * @example whsec_…
       */
      secret: string;
    };
    WebhookEndpointDto: {
      /** Format: uuid */
      id: string;
      /**
       * @description The API key that created it
       * @example treasury-integration
       */
      owner: string;
      /** @example https://treasury.example.cn/hooks/ledger */
      url: string;
      /** @description null: every type */
      eventTypes: string[] | null;
      /** @description null: every contract */
      contracts: string[] | null;
      description: string;
      enabled: boolean;
      /**
       * @description Verifies the v1a (Ed25519) signatures
       * @example whpk_…
       */
      publicKey: string;
      /** @description Secrets signing v1 now */
      secrets: components['schemas']['WebhookSecretStateDto'][];
      /**
       * @description Every feed sequence up to here was looked at
       * @example 1042
       */
      enqueuedUpTo: string;
      health: components['schemas']['WebhookHealthDto'];
      /** @example 2026-03-01T08:15:02.123Z */
      createdAt: string;
      /** @example 2026-03-01T08:15:02.123Z */
      updatedAt: string;
    };
    UpdateWebhookDto: {
      url?: string;
      /** @description Replaces the list; empty: every type */
      eventTypes?: string[];
      /** @description Replaces the list; empty: every contract */
      contracts?: string[];
      description?: string;
      /** @description true re-enables an endpoint disabled by a 410 */
      enabled?: boolean;
    };
    RotateSecretDto: {
      /**
       * @description How long the old secret keeps signing (default WEBHOOK_SECRET_GRACE_HOURS)
       * @example 86400
       */
      graceSeconds?: number;
    };
    DeliveryAttemptDto: {
      /** @example 1 */
      attempt: number;
      /** @example 2026-03-01T08:15:02.123Z */
      startedAt: string;
      /** @example 42 */
      latencyMs: number;
      /** @description The receiver’s HTTP status; null: no answer */
      statusCode: number | null;
      /** @example delivered */
      outcome: string;
      error: string | null;
    };
    DeliveryDto: {
      /**
       * @description Feed sequence
       * @example 00000000000000001042
       */
      sequence: string;
      /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      contract: string;
      /** Format: uuid */
      webhookId: string;
      /** @example cn.gov.contract.payment-recorded.v1 */
      eventType: string;
      /**
       * @description pending, delivering, delivered, dead, skipped
       * @example delivered
       */
      status: string;
      /** @example 1 */
      attempts: number;
      /**
       * @description When it is tried next (pending only)
       * @example 2026-03-01T08:15:02.123Z
       */
      nextAttemptAt: string | null;
      lastStatusCode: number | null;
      lastError: string | null;
      lastLatencyMs: number | null;
      /** @example 2026-03-01T08:15:02.123Z */
      deliveredAt: string | null;
      /** @example 2026-03-01T08:15:02.123Z */
      enqueuedAt: string;
      attemptLog: components['schemas']['DeliveryAttemptDto'][];
    };
    DeadLetterReplayDto: {
      /** @example 00000000000000001042 */
      sequence: string;
      /** @enum {string} */
      status: 'pending';
    };
    DeadLetterSkipDto: {
      /** @example 00000000000000001042 */
      sequence: string;
      /** @enum {string} */
      status: 'skipped';
    };
    WebhookReplayDto: {
      /**
       * @description Replayed from after this feed sequence
       * @example 0
       */
      from: string;
      /**
       * @description Up to the feed’s head when asked
       * @example 1042
       */
      head: string;
    };
    WebhookTestDto: {
      /**
       * Format: uuid
       * @description The test message’s webhook-id
       */
      webhookId: string;
      delivered: boolean;
      statusCode: number | null;
      /** @example 42 */
      latencyMs: number;
      error: string | null;
    };
    CheckpointDto: {
      /**
       * @description Checkpoint id (page with ?before=)
       * @example 12
       */
      id: number;
      /**
       * @description Leaves (events) the tree holds
       * @example 1042
       */
      treeSize: number;
      /**
       * @description Merkle tree root (RFC 6962), hex
       * @example 9f86d081…
       */
      rootHash: string;
      /** @enum {string} */
      reason: 'scheduled' | 'on-demand' | 'export';
      /** @example 2026-03-01T08:15:02.123Z */
      signedAt: string;
      /**
       * @description Id of the key that signed it
       * @example a1b2c3d4
       */
      keyId: string;
      /**
       * @description The signed note itself: verify it with `verifierKey`
       * @example ledger.example
       *     1042
       *     n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=
       *
       *     — ledger.example Ab3d…
       */
      note: string;
    };
    CheckpointsResponse: {
      /**
       * @description The log’s name in every note
       * @example ledger.example
       */
      origin: string;
      /**
       * @description Current verifier key
       * @example ledger.example+a1b2c3d4+AU…
       */
      verifierKey: string;
      /** @description Earlier verifier keys (rotated out), still valid */
      previousKeys: string[];
      /** @description Newest first */
      checkpoints: components['schemas']['CheckpointDto'][];
    };
    EvidenceTimelineIncludedDto: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: 'included';
      /**
       * @description SHA-256 over RFC 8785 JSON of `timeline`
       * @example 9f86d081884c7d65…
       */
      sha256: string;
      /** @example 2023-08-31 */
      asOf: string;
      /** @example 2026-03-01T08:15:02.123Z */
      knownAt: string;
      /** @example 97 */
      entries: number;
    };
    EvidenceTimelineAbsentDto: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: 'not-available';
      /** @enum {string|null} */
      sha256: null;
    };
    EvidenceScopeDto: {
      /** @description Business date described at; null: all */
      asOf: string | null;
      /** @description Only events recorded by then; null: now */
      knownAt: string | null;
    };
    EvidenceBasisDto: {
      /** @example ledger.example */
      origin: string;
      /** @example 1042 */
      treeSize: number;
      /** @description Global position of the last leaf */
      lastPosition: string | null;
    };
    EvidenceVersionsDto: {
      /** @example contract-ledger/evidence/v1 */
      evidenceFormat: string;
      leafFormat: string;
      /** @example contract-ledger@0.1.0 */
      rules: string;
      /**
       * @description calendarUsed joined by +
       * @example chinese-days@1.5.7
       */
      calendar: string;
      /** @description Versions the timeline’s deadlines used */
      calendarUsed?: string[];
      /** @description Versions the events were decided with */
      calendarRecorded?: string[];
    };
    EvidenceReportPdfIncludedDto: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: 'included';
      /**
       * @description SHA-256 of the PDF bytes (`reportPdf`, base64)
       * @example 9f86d081884c7d65…
       */
      sha256: string;
      /** @example 183204 */
      bytes: number;
      /** @example Chromium 150.0.7871.100 */
      renderer: string;
    };
    EvidenceReportPdfAbsentDto: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: 'not-available';
      /** @example PDF rendering is turned off (EVIDENCE_PDF=off) */
      reason: string;
    };
    EvidenceReportDto: {
      /**
       * @description SHA-256 of `reportHtml` (UTF-8)
       * @example 9f86d081884c7d65…
       */
      htmlSha256: string;
      pdf:
        | components['schemas']['EvidenceReportPdfIncludedDto']
        | components['schemas']['EvidenceReportPdfAbsentDto'];
    };
    EvidenceManifestDto: {
      /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      contractId: string;
      /** @example contract-b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      streamId: string;
      /** @example 2026-03-01T08:15:02.123Z */
      generatedAt: string;
      scope: components['schemas']['EvidenceScopeDto'];
      /** @description The log state the export is proven against */
      basis: components['schemas']['EvidenceBasisDto'];
      versions: components['schemas']['EvidenceVersionsDto'];
      /** @example 41 */
      eventCount: number;
      /**
       * @description Events dated after asOf (kept: the chain needs them)
       * @example 0
       */
      eventsAfterAsOf: number;
      timeline:
        | components['schemas']['EvidenceTimelineIncludedDto']
        | components['schemas']['EvidenceTimelineAbsentDto'];
      /** @description The printable report’s hashes: its HTML, and its PDF when a browser printed one */
      report?: components['schemas']['EvidenceReportDto'];
    };
    EvidencePublicKeyDto: {
      /** @example ledger.example+a1b2c3d4+AU… */
      verifierKey: string;
      /**
       * @example -----BEGIN PUBLIC KEY-----
       *     …
       */
      pem: string;
    };
    EventContentDto: {
      /** Format: uuid */
      eventId: string;
      /** @example contract-b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      streamId: string;
      /** @example 2 */
      revision: number;
      /** @example PaymentRecorded */
      type: string;
      /** @example 1 */
      schemaVersion: number;
      data: {
        [key: string]: unknown;
      };
      /** @example 2022-07-19 */
      occurredAt: string;
      metadata: components['schemas']['EventMetadataDto'];
    };
    EvidenceEventDto: {
      /** @example 17 */
      leafIndex: number;
      content: components['schemas']['EventContentDto'];
      /** @example 2026-03-01T08:15:02.123Z */
      recordedAt: string;
      /**
       * @description SHA-256, hex
       * @example 9f86d081884c7d65…
       */
      chainHash: string;
      /**
       * @description The chain hash’s version, when not the first
       * @enum {number}
       */
      hashVersion?: 2;
      /**
       * @description Global position
       * @example 1042
       */
      position?: string;
      /** @description Audit path (RFC 9162 §2.1.3), hex */
      inclusionProof: string[];
    };
    AbsentEventDto: {
      /** @example 17 */
      leafIndex: number;
      /** @example 2 */
      revision: number;
      /** Format: uuid */
      eventId: string;
      /**
       * @description SHA-256, hex
       * @example 9f86d081884c7d65…
       */
      leafHash: string;
    };
    ConsistencyDto: {
      /** @description The earlier checkpoint (?since=) the proof starts from */
      fromCheckpoint: string;
      /** @description Consistency proof (RFC 9162 §2.1.4), hex */
      proof: string[];
    };
    CorrectedFactDto: {
      /** @example PaymentRecorded */
      type: string;
      /** @example pay-001-1 */
      factId: string;
      /** @description null: not in the stream */
      eventId: string | null;
    };
    CorrectionRefDto: {
      /** Format: uuid */
      eventId: string;
      /** @example cor-001-1 */
      correctionId: string;
      /** @example void */
      action: string;
      reason: string;
      /** @example finance-desk */
      actor: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      occurredAt: string;
      /** @example 2026-03-01T08:15:02.123Z */
      recordedAt: string;
    };
    MoneyPositionDto: {
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      expected: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      invoiced: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      received: string;
      /**
       * @description Fees still owed: expected − received
       * @example 1408200.00
       */
      outstandingFees: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      penalties: string;
      /**
       * @description Bond held
       * @example 1408200.00
       */
      bond: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      refund: string;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      lateInterest: string;
    };
    TimelineEventEntryDto: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      entry: 'event';
      /**
       * @description Its business date
       * @example 2022-07-20
       */
      date: string;
      /** Format: uuid */
      eventId: string;
      /** @example PaymentRecorded */
      type: string;
      /** @example 2 */
      revision: number;
      /** @example 1042 */
      position: string;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      occurredAt: string;
      /** @example 2026-03-01T08:15:02.123Z */
      recordedAt: string;
      /** @example finance-desk */
      actor: string;
      correlationId: string;
      causationId: string | null;
      /** @example 4.2 */
      clause: string | null;
      /** @description The fact as recorded */
      data: {
        [key: string]: unknown;
      };
      /** @description On a correction */
      corrects: components['schemas']['CorrectedFactDto'] | null;
      /** @description On a corrected fact */
      correctedBy: components['schemas']['CorrectionRefDto'][];
      money: components['schemas']['MoneyPositionDto'];
    };
    RecordedDeadlineDto: {
      /** Format: uuid */
      eventId: string;
      /** @example InstallmentBecameOverdue */
      type: string;
      /**
       * @description Its business date
       * @example 2022-07-20
       */
      occurredAt: string;
      /** Format: date-time */
      recordedAt: string;
    };
    TimelineDerivedEntryDto: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      entry: 'derived';
      /**
       * @description The deadline’s day (its last day to act)
       * @example 2022-07-20
       */
      date: string;
      /** @enum {string} */
      kind:
        | 'installmentDue'
        | 'lateInterest'
        | 'bondDeposit'
        | 'bondRefund'
        | 'terminationRefund'
        | 'reviewWindow'
        | 'acceptanceApplication'
        | 'acceptanceStart'
        | 'acceptanceDeemed'
        | 'breachCure'
        | 'terminationNotice';
      /** @example second */
      subject: string | null;
      /** @example 4.2 */
      clause: string | null;
      /** @enum {string} */
      outcome: 'open' | 'met' | 'missed' | 'deemed' | 'excused' | 'waived';
      /**
       * @description Since when the outcome holds
       * @example 2022-07-20
       */
      outcomeOn: string | null;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      amount: string | null;
      /** @example chinese-days@1.5.7 */
      calendarVersion: string | null;
      /** @description Counted in a year whose official calendar is not published yet */
      provisional: boolean;
      description: string;
      /** @description The event that recorded this outcome (a deadline fact of the scheduler, or a DeemAcceptance); the entry and the event are one fact */
      recordedAs: components['schemas']['RecordedDeadlineDto'] | null;
    };
    TimelineResponse: {
      /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      contractId: string;
      /**
       * @description The business date the outcomes are judged at
       * @example 2022-07-20
       */
      asOf: string;
      basis: components['schemas']['BasisDto'];
      /** @description The kinds asked for (event types, derived-fact kinds); null for all */
      kinds: string[] | null;
      /** @description In business order: `entry` tells a recorded event from a derived deadline */
      entries: (
        | components['schemas']['TimelineEventEntryDto']
        | components['schemas']['TimelineDerivedEntryDto']
      )[];
    };
    EvidenceBundleResponse: {
      /** @enum {string} */
      format: 'contract-ledger/evidence/v1';
      manifest: components['schemas']['EvidenceManifestDto'];
      publicKey: components['schemas']['EvidencePublicKeyDto'];
      /** @description The signed checkpoint (C2SP signed note) the proofs lead to */
      checkpoint: string;
      events: components['schemas']['EvidenceEventDto'][];
      /** @description Leaves whose event the store lost */
      absent: components['schemas']['AbsentEventDto'][];
      consistency: components['schemas']['ConsistencyDto'] | null;
      /** @description The legal timeline of the scope (GET /contracts/{contractId}/timeline), when included */
      timeline: components['schemas']['TimelineResponse'] | null;
      /** @description The manifest signed by the ledger key (a C2SP signed note) */
      manifestNote?: string;
      /** @description Printable report (HTML), also given by ?format=html */
      reportHtml: string;
      /** @description The report as PDF (base64), when manifest.report.pdf.status is included */
      reportPdf?: string;
    };
    ObligationDto: {
      /**
       * @description contractId/kind/subject/dueDate
       * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b/installmentDue/second/2023-04-24
       */
      obligationId: string;
      /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      contractId: string;
      /** @enum {string} */
      party: 'client' | 'supplier';
      /** @enum {string} */
      kind:
        | 'installmentDue'
        | 'lateInterest'
        | 'bondDeposit'
        | 'bondRefund'
        | 'terminationRefund'
        | 'reviewWindow'
        | 'acceptanceApplication'
        | 'acceptanceStart'
        | 'acceptanceDeemed'
        | 'breachCure'
        | 'terminationNotice';
      /** @example second */
      subject: string | null;
      /** @example 4.2 */
      clause: string | null;
      /**
       * @description Business date, YYYY-MM-DD
       * @example 2022-07-20
       */
      dueDate: string;
      /** @example chinese-days@1.5.7 */
      calendarVersion: string | null;
      /** @description Due in a year whose official calendar is not published yet */
      provisional: boolean;
      /** @enum {string} */
      status: 'open' | 'met' | 'missed' | 'deemed' | 'excused' | 'waived';
      /**
       * @description Since when the status holds (null while open)
       * @example 2022-07-20
       */
      since: string | null;
      /**
       * @description Money: a decimal string, two decimals
       * @example 1408200.00
       */
      amount: string | null;
      description: string;
      /** @description The events that gave rise to it */
      createdBy: components['schemas']['EventRefDto'][];
      /** @description The events that discharged it, by asOf */
      settledBy: components['schemas']['EventRefDto'][];
    };
    ContractObligationsResponse: {
      /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
      contractId: string;
      /**
       * @description The business date the statuses are judged at
       * @example 2022-07-20
       */
      asOf: string;
      basis: components['schemas']['BasisDto'];
      obligations: components['schemas']['ObligationDto'][];
    };
    ObligationsBasisDto: {
      /**
       * @description Record time: of the newest event the obligations projection applied, or the asked knownAt
       * @example 2026-03-01T08:15:02.123Z
       */
      knownAt: string;
      /**
       * @description Global position the answer was computed at (the projection’s checkpoint, or the newest folded event)
       * @example 1042
       */
      position: string | null;
      /**
       * @description `projections`: the obligations table only; `stream`: every contract’s stream folded (?knownAt or ?position); `projections+stream`: the table, and the streams of the contracts it cannot answer for at this asOf
       * @enum {string}
       */
      computedFrom: 'projections' | 'stream' | 'projections+stream';
      /**
       * @description How many contracts’ streams were folded
       * @example 0
       */
      foldedContracts: number;
    };
    ObligationsResponse: {
      /**
       * @description The business date the statuses are judged at
       * @example 2022-07-20
       */
      asOf: string;
      /**
       * @description Record time of the answer
       * @example 2026-03-01T08:15:02.123Z
       */
      knownAt: string;
      basis: components['schemas']['ObligationsBasisDto'];
      obligations: components['schemas']['ObligationDto'][];
      page: components['schemas']['PageDto'];
    };
    StatutoryDaysDto: {
      /** @example 1 */
      newYear: number;
      /** @example 4 */
      springFestival: number;
      /** @example 1 */
      qingming: number;
      /** @example 2 */
      labourDay: number;
      /** @example 1 */
      dragonBoat: number;
      /** @example 1 */
      midAutumn: number;
      /** @example 3 */
      nationalDay: number;
    };
    CalendarSourceDto: {
      /** @example 国办发明电〔2025〕7号 */
      notice: string;
      /** @example https://www.gov.cn/zhengce/content/… */
      url: string;
    };
    PublishedByDto: {
      /** Format: uuid */
      eventId: string;
      /** @example 1042 */
      position: string;
      /** @example 2026-03-01T08:15:02.123Z */
      recordedAt: string;
    };
    CalendarYearDto: {
      /** @example 2026 */
      year: number;
      /** @enum {string} */
      status: 'official' | 'provisional';
      /** @example chinese-days@1.5.7 */
      calendarVersion: string;
      source: components['schemas']['CalendarSourceDto'] | null;
      /**
       * @description Weekdays and weekend days off counted as holidays
       * @example 27
       */
      holidays: number;
      /**
       * @description Make-up working days (调休) on weekends
       * @example 6
       */
      workdays: number;
      /** @description The CalendarYearPublished event, for a year an operator published */
      publishedBy: components['schemas']['PublishedByDto'] | null;
      /** @description What the year was read as before its publication */
      replaces: string | null;
    };
    CalendarResponse: {
      /** @example chinese-days@1.5.7+published-2027@1 */
      calendarVersion: string;
      statutoryDays: components['schemas']['StatutoryDaysDto'];
      /** @description Where the lunar festival dates of provisional years come from */
      lunarSource: string;
      years: components['schemas']['CalendarYearDto'][];
    };
    CalendarPublishResponse: {
      year: components['schemas']['CalendarYearDto'];
      /** @description False when the same file was already recorded (200) */
      recorded: boolean;
    };
    ProblemDetails: {
      /** @example urn:contract-ledger:problem:validation-failed */
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      /** @example VALIDATION_FAILED */
      code: string;
      correlationId?: string;
      errors?: {
        /** @example terms.installments[1].amount */
        field?: string;
        /** @example isMoney */
        rule?: string;
        message?: string;
      }[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Always, while the process answers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LiveResponse'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every dependency is up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadyResponse'];
        };
      };
      /** @description A dependency is down */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnavailableResponse'];
        };
      };
    };
  };
  ProjectionsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectionsResponse'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  MetricsController_scrape: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus exposition format 0.0.4 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
    };
  };
  ContractViewsController_summary: {
    parameters: {
      query?: {
        /** @description Read-your-writes: a global position returned by a command */
        minPosition?: string;
        /** @description Business date (YYYY-MM-DD): the view as it stood at the end of that day — no fact dated later shows (default: today in China) */
        asOf?: string;
        /** @description Record time (ISO-8601 date-time with zone): the view as the ledger knew it then — events recorded later do not count (default: now) */
        knownAt?: string;
        /** @description Global position (the `basis.position` of an earlier answer): events after it do not count */
        position?: string;
      };
      header?: never;
      path: {
        /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractSummaryResponse'];
          'text/csv': string;
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  SignContractController_sign: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignContractDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignContractResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignContractResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  DepositBondController_depositBond: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DepositBondDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  DeductBondController_deductBond: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeductBondDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  RefundBondController_refundBond: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefundBondDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  RecordInvoiceController_recordInvoice: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordInvoiceDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  RejectInvoiceController_rejectInvoice: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example inv-001-1 */
        invoiceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectInvoiceDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  ConfirmPaymentApplicationController_confirmPaymentApplication: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example second */
        installmentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmPaymentApplicationDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  RecordPaymentController_recordPayment: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordPaymentDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  RecordRefundController_recordRefund: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordRefundDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  AdjustFinalPaymentController_adjustFinalPayment: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example second */
        installmentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdjustFinalPaymentDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  AcceptMilestoneController_acceptMilestone: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example final */
        milestoneId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptMilestoneDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  RejectAcceptanceController_rejectAcceptance: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example final */
        milestoneId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectAcceptanceDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  DeemAcceptanceController_deemAcceptance: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example final */
        milestoneId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeemAcceptanceDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  ApplyForAcceptanceController_applyForAcceptance: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example final */
        milestoneId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApplyForAcceptanceDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  StartAcceptanceController_startAcceptance: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example final */
        milestoneId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartAcceptanceDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  SubmitReviewReportController_submitReviewReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example quarterly-report */
        scheduleId: string;
        /** @example 1 */
        periodIndex: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitReviewReportDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  ConcludeReviewController_concludeReview: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example quarterly-report */
        scheduleId: string;
        /** @example 1 */
        periodIndex: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConcludeReviewDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  NotifyStaffChangeController_notifyStaffChange: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NotifyStaffChangeDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  ApproveStaffChangeController_approveStaffChange: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example sc-001-1 */
        changeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveStaffChangeDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  RejectStaffChangeController_rejectStaffChange: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example sc-001-1 */
        changeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectStaffChangeDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  AssessPenaltyController_assessPenalty: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssessPenaltyDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  WaivePenaltyController_waivePenalty: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example pen-001-1 */
        penaltyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WaivePenaltyDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  RecordPenaltyPaymentController_recordPenaltyPayment: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example pen-001-1 */
        penaltyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordPenaltyPaymentDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  RecordLateInterestPaymentController_recordLateInterestPayment: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example second */
        installmentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordLateInterestPaymentDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  WaiveLateInterestController_waiveLateInterest: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example second */
        installmentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WaiveLateInterestDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  StartPaymentRestrictionController_startPaymentRestriction: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartPaymentRestrictionDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  EndPaymentRestrictionController_endPaymentRestriction: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example pr-001-1 */
        restrictionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndPaymentRestrictionDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  IssueBreachNoticeController_issueBreachNotice: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueBreachNoticeDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  CureBreachController_cureBreach: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
        /** @example bn-001-1 */
        noticeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CureBreachDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  IssueTerminationNoticeController_issueTerminationNotice: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueTerminationNoticeDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  WithdrawTerminationNoticeController_withdrawTerminationNotice: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example 6bab8d44-7a4f-522c-9218-eb835bcec374
         */
        contractId: string;
        /** @example tn-003-1 */
        noticeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawTerminationNoticeDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  TerminateContractController_terminateContract: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TerminateContractDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  EndServicePeriodController_endServicePeriod: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndServicePeriodDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  StartHoldoverController_startHoldover: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartHoldoverDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  EndHoldoverController_endHoldover: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndHoldoverDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  RecordHoldoverFeePaymentController_recordHoldoverFeePayment: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordHoldoverFeePaymentDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  CloseContractController_closeContract: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseContractDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  DeclareForceMajeureController_declareForceMajeure: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclareForceMajeureDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  EndForceMajeureController_endForceMajeure: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example 6bab8d44-7a4f-522c-9218-eb835bcec374
         */
        contractId: string;
        /** @example fm-003-1 */
        forceMajeureId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndForceMajeureDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  SignAmendmentController_signAmendment: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignAmendmentDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  RecordCorrectionController_recordCorrection: {
    parameters: {
      query?: never;
      header?: {
        /** @description W/"<revision>" from an earlier ETag: append only if the contract is still at that revision (412 otherwise). Without it, a concurrent write is retried on fresh state. */
        'If-Match'?: string;
        /** @description Same key and body: the original response is replayed and nothing is written; same key, other body: 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * @description Chosen when the contract is signed
         * @example b44145ef-8a49-5b4c-802f-6b7bddd0311b
         */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordCorrectionDto'];
      };
    };
    responses: {
      /** @description Nothing new: this fact was already recorded */
      200: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          /** @description W/"<revision>": the stream revision after the command */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractCommandResponse'];
        };
      };
      /** @description Invalid body or path: `errors` names each field and rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract, installment, milestone, notice … */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflicts with the contract’s state, or a concurrent write */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match does not match the current revision (`currentRevision`) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A contract rule refuses the command (`code`), or an Idempotency-Key reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). Or `COMMANDS_OVERLOADED`: this process already runs COMMAND_MAX_IN_FLIGHT commands (nothing was written; retry with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE' | 'COMMANDS_OVERLOADED';
          };
        };
      };
    };
  };
  ContractEventsController_events: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractEventsResponse'];
          'application/cloudevents-batch+json': components['schemas']['ContractEventsResponse'];
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ContractVerificationController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StreamVerificationResponse'];
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ContractViewsController_list: {
    parameters: {
      query?: {
        /** @description Read-your-writes: a global position returned by a command */
        minPosition?: string;
        /** @description Business date (YYYY-MM-DD): the view as it stood at the end of that day — no fact dated later shows (default: today in China) */
        asOf?: string;
        client?: string;
        supplier?: string;
        status?: string;
        /** @description Page size, 1–1000 (default 100) */
        limit?: string;
        /** @description The last contract id of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractListResponse'];
          'text/csv': string;
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ContractViewsController_paymentSchedule: {
    parameters: {
      query?: {
        /** @description Read-your-writes: a global position returned by a command */
        minPosition?: string;
        /** @description Business date (YYYY-MM-DD): the view as it stood at the end of that day — no fact dated later shows (default: today in China) */
        asOf?: string;
        /** @description Record time (ISO-8601 date-time with zone): the view as the ledger knew it then — events recorded later do not count (default: now) */
        knownAt?: string;
        /** @description Global position (the `basis.position` of an earlier answer): events after it do not count */
        position?: string;
      };
      header?: never;
      path: {
        /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentScheduleResponse'];
          'text/csv': string;
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ContractViewsController_ledger: {
    parameters: {
      query?: {
        /** @description Read-your-writes: a global position returned by a command */
        minPosition?: string;
        /** @description Business date (YYYY-MM-DD): the view as it stood at the end of that day — no fact dated later shows (default: today in China) */
        asOf?: string;
        /** @description Record time (ISO-8601 date-time with zone): the view as the ledger knew it then — events recorded later do not count (default: now) */
        knownAt?: string;
        /** @description Global position (the `basis.position` of an earlier answer): events after it do not count */
        position?: string;
      };
      header?: never;
      path: {
        /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerResponse'];
          'text/csv': string;
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ContractViewsController_bond: {
    parameters: {
      query?: {
        /** @description Read-your-writes: a global position returned by a command */
        minPosition?: string;
        /** @description Business date (YYYY-MM-DD): the view as it stood at the end of that day — no fact dated later shows (default: today in China) */
        asOf?: string;
        /** @description Record time (ISO-8601 date-time with zone): the view as the ledger knew it then — events recorded later do not count (default: now) */
        knownAt?: string;
        /** @description Global position (the `basis.position` of an earlier answer): events after it do not count */
        position?: string;
      };
      header?: never;
      path: {
        /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BondResponse'];
          'text/csv': string;
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ContractViewsController_terminationRefund: {
    parameters: {
      query?: {
        /** @description Read-your-writes: a global position returned by a command */
        minPosition?: string;
        /** @description Business date (YYYY-MM-DD): the view as it stood at the end of that day — no fact dated later shows (default: today in China) */
        asOf?: string;
        /** @description Record time (ISO-8601 date-time with zone): the view as the ledger knew it then — events recorded later do not count (default: now) */
        knownAt?: string;
        /** @description Global position (the `basis.position` of an earlier answer): events after it do not count */
        position?: string;
      };
      header?: never;
      path: {
        /** @example 1d60d19f-dcf0-5505-9f2b-fcf3129fe7f7 */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TerminationRefundResponse'];
          'text/csv': string;
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ContractViewsController_reconciliation: {
    parameters: {
      query?: {
        /** @description Read-your-writes: a global position returned by a command */
        minPosition?: string;
        /** @description Business date (YYYY-MM-DD): the view as it stood at the end of that day — no fact dated later shows (default: today in China) */
        asOf?: string;
        /** @description Record time (ISO-8601 date-time with zone): the view as the ledger knew it then — events recorded later do not count (default: now) */
        knownAt?: string;
        /** @description Global position (the `basis.position` of an earlier answer): events after it do not count */
        position?: string;
      };
      header?: never;
      path: {
        /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReconciliationResponse'];
          'text/csv': string;
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PortfolioReconciliationController_portfolio: {
    parameters: {
      query?: {
        /** @description Read-your-writes: a global position returned by a command */
        minPosition?: string;
        client?: string;
        supplier?: string;
        /** @description Movements dated on or after (business date) */
        from?: string;
        /** @description Movements dated on or before (business date) */
        to?: string;
        /** @description Page size, 1–1000 (default 100) */
        limit?: string;
        /** @description The last contract id of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortfolioResponse'];
          'text/csv': string;
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  FeedController_feed: {
    parameters: {
      query?: {
        contract?: unknown;
        types?: unknown;
        limit?: unknown;
        after?: unknown;
      };
      header?: {
        /** @description response: the cursor to resume from */
        'Feed-Next-After'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A JSON array of CloudEvents 1.0 (structured, JSON format) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/cloudevents-batch+json': components['schemas']['LedgerCloudEventDto'][];
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  FeedStreamController_stream: {
    parameters: {
      query?: {
        contract?: unknown;
        types?: unknown;
        after?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An SSE stream of CloudEvents */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  EventSchemasController_catalogue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventSchemaCatalogueResponse'];
        };
      };
    };
  };
  EventSchemasController_schema: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example payment-recorded */
        type: string;
        /** @example v1.json */
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A JSON Schema (draft 2020-12) of the CloudEvent’s `data` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/schema+json': {
            $schema: string;
            $id: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  AsyncApiController_asyncapi: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An AsyncAPI 3.0 document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example 3.0.0 */
            asyncapi: string;
            info: {
              [key: string]: unknown;
            };
            channels: {
              [key: string]: unknown;
            };
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  WebhooksController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Endpoints with their health */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointDto'][];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WebhooksController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhookDto'];
      };
    };
    responses: {
      /** @description The endpoint, with its secret (shown once) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointWithSecretDto'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WebhooksController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example 0b7c5a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The endpoint */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointDto'];
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WebhooksController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example 0b7c5a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WebhooksController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example 0b7c5a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateWebhookDto'];
      };
    };
    responses: {
      /** @description The endpoint as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointDto'];
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WebhooksController_rotate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example 0b7c5a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RotateSecretDto'];
      };
    };
    responses: {
      /** @description The endpoint and its new secret */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointWithSecretDto'];
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WebhookDeliveriesController_deliveries: {
    parameters: {
      query?: {
        before?: unknown;
        limit?: unknown;
        status?: 'pending' | 'delivering' | 'delivered' | 'dead' | 'skipped';
      };
      header?: never;
      path: {
        /** @example 0b7c5a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deliveries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'][];
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WebhookDeliveriesController_deadLetters: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example 0b7c5a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Dead letters */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDto'][];
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WebhookDeliveriesController_replayDead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example 0b7c5a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d */
        webhookId: string;
        /** @example 1 */
        sequence: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Queued */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadLetterReplayDto'];
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WebhookDeliveriesController_skipDead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example 0b7c5a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d */
        webhookId: string;
        /** @example 1 */
        sequence: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Skipped */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadLetterSkipDto'];
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WebhookDeliveriesController_replay: {
    parameters: {
      query: {
        from: unknown;
      };
      header?: never;
      path: {
        /** @example 0b7c5a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Queued */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookReplayDto'];
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WebhookDeliveriesController_test: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @example 0b7c5a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The receiver’s answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookTestDto'];
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  CheckpointsController_list: {
    parameters: {
      query?: {
        /** @description Page size, 1–1000 (default 100) */
        limit?: string;
        /** @description Only checkpoints with a smaller id (the next page) */
        before?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckpointsResponse'];
        };
      };
      /** @description limit or before is malformed: `errors` names each */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  CheckpointsController_sign: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckpointDto'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ContractEvidenceController_export: {
    parameters: {
      query?: {
        /** @description Business date the contract is described as of (timeline cut-off) */
        asOf?: string;
        /** @description Only what the ledger had recorded by this instant (ISO 8601) */
        knownAt?: string;
        /** @description Tree size of a checkpoint you already hold: the export proves the log only grew since */
        since?: string;
        /** @description `json` (default): the export file; `html`: its printable report */
        format?: string;
      };
      header?: never;
      path: {
        /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The evidence file (application/json) or its report (?format=html) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvidenceBundleResponse'];
          'text/html': string;
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  TimelineController_timeline: {
    parameters: {
      query?: {
        /** @description Read-your-writes: a global position returned by a command */
        minPosition?: string;
        /** @description Business date (YYYY-MM-DD): the view as it stood at the end of that day — no fact dated later shows (default: today in China) */
        asOf?: string;
        /** @description Record time (ISO-8601 date-time with zone): the view as the ledger knew it then — events recorded later do not count (default: now) */
        knownAt?: string;
        /** @description Global position (the `basis.position` of an earlier answer): events after it do not count */
        position?: string;
        /** @description Comma-separated entry kinds: event types and derived facts (installmentDue, lateInterest, bondDeposit, bondRefund, terminationRefund, reviewWindow, acceptanceApplication, acceptanceStart, acceptanceDeemed, breachCure, terminationNotice) */
        kinds?: string;
      };
      header?: never;
      path: {
        /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineResponse'];
          'text/html': string;
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ObligationsController_ofContract: {
    parameters: {
      query?: {
        /** @description Read-your-writes: a global position returned by a command */
        minPosition?: string;
        /** @description Business date (YYYY-MM-DD): the view as it stood at the end of that day — no fact dated later shows (default: today in China) */
        asOf?: string;
        /** @description Record time (ISO-8601 date-time with zone): the view as the ledger knew it then — events recorded later do not count (default: now) */
        knownAt?: string;
        /** @description Global position (the `basis.position` of an earlier answer): events after it do not count */
        position?: string;
        party?: 'client' | 'supplier';
        status?: 'open' | 'met' | 'missed' | 'deemed' | 'excused' | 'waived';
        kind?:
          | 'installmentDue'
          | 'lateInterest'
          | 'bondDeposit'
          | 'bondRefund'
          | 'terminationRefund'
          | 'reviewWindow'
          | 'acceptanceApplication'
          | 'acceptanceStart'
          | 'acceptanceDeemed'
          | 'breachCure';
        /** @description Due on or before (business date) */
        dueBefore?: string;
        /** @description Due on or after (business date) */
        dueAfter?: string;
      };
      header?: never;
      path: {
        /** @example b44145ef-8a49-5b4c-802f-6b7bddd0311b */
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractObligationsResponse'];
          'text/csv': string;
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unknown contract */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ObligationsController_across: {
    parameters: {
      query?: {
        /** @description Read-your-writes: a global position returned by a command */
        minPosition?: string;
        /** @description Business date (YYYY-MM-DD): the view as it stood at the end of that day — no fact dated later shows (default: today in China) */
        asOf?: string;
        /** @description Record time (ISO-8601 date-time with zone): the view as the ledger knew it then — events recorded later do not count (default: now) */
        knownAt?: string;
        /** @description Global position (the `basis.position` of an earlier answer): events after it do not count */
        position?: string;
        party?: 'client' | 'supplier';
        status?: 'open' | 'met' | 'missed' | 'deemed' | 'excused' | 'waived';
        kind?:
          | 'installmentDue'
          | 'lateInterest'
          | 'bondDeposit'
          | 'bondRefund'
          | 'terminationRefund'
          | 'reviewWindow'
          | 'acceptanceApplication'
          | 'acceptanceStart'
          | 'acceptanceDeemed'
          | 'breachCure';
        /** @description Due on or before (business date) */
        dueBefore?: string;
        /** @description Due on or after (business date) */
        dueAfter?: string;
        /** @description Only this contract */
        contract?: string;
        /** @description Obligations per page, 1–1000 (default 100); a page ends with a whole contract, so it may hold a few more */
        limit?: string;
        /** @description The nextCursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObligationsResponse'];
          'text/csv': string;
        };
      };
      /** @description Invalid path or query: `errors` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  CalendarController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarResponse'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  CalendarController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Already recorded, nothing new */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarPublishResponse'];
        };
      };
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarPublishResponse'];
        };
      };
      /** @description No or unknown API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The key lacks the role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CALENDAR_YEAR_VERSION_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description CALENDAR_YEAR_INVALID: details.violations */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many wrong API keys from this address: wait `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description `DATABASE_UNAVAILABLE`: the database cannot be reached right now (nothing was written). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code?: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
}
