/// `data` of report events: the report resource itself.
enum ReportBody {
    static func data(status: String, _ b: BodyBuilder) -> BodyTemplate {
        [
            "report_id": b.uuid(.resource),
            "organization_code": b.uuid(.organization),
            "account_code": b.uuid(.account),
            "type": "TRANSACTIONS",
            "s3_link": status == "SUCCEEDED"
                ? b.text(.text("reports/ON_DEMAND/TRANSACTIONS/report="), .uuid(.resource), .text(".csv")) : "",
            "merchant_reference_id": b.text(.text("report-"), .digits(.reference, count: 6)),
            "start_date": b.time(3600 * 24 * 30),
            "end_date": b.time(3600 * 24),
            "created_at": b.time(300, jitter: .jitter(0)),
            "updated_at": b.time(0),
            "status": .string(status),
            "user_code": "",
        ]
    }
}
