/// The random quantities bodies share. A variable used twice shows the same value twice
/// (the payment id in `transactions_history`, the amount in the transaction).
extension BodyVariable {
    static let account = BodyVariable(1)
    static let organization = BodyVariable(2)
    static let resource = BodyVariable(3)
    static let idempotency = BodyVariable(4)
    static let session = BodyVariable(5)
    static let customer = BodyVariable(6)
    static let order = BodyVariable(7)
    static let amount = BodyVariable(8)
    static let country = BodyVariable(9)
    static let firstName = BodyVariable(10)
    static let lastName = BodyVariable(11)
    static let document = BodyVariable(12)
    static let phone = BodyVariable(13)
    static let token = BodyVariable(14)
    static let vaultedToken = BodyVariable(15)
    static let fingerprint = BodyVariable(16)
    static let card = BodyVariable(17)
    static let connection = BodyVariable(18)
    static let reference = BodyVariable(19)
    static let condition = BodyVariable(20)
    static let item = BodyVariable(21)
    static let secondaryAmount = BodyVariable(22)
    static let provider = BodyVariable(23)
    static let plan = BodyVariable(24)
    static let previousPlan = BodyVariable(25)
    static let recipient = BodyVariable(26)
    static let trace = BodyVariable(27)
    static let ipAddress = BodyVariable(28)

    /// The id of the n-th transaction of a body.
    static func transaction(_ index: Int) -> BodyVariable { BodyVariable(1000 + UInt64(index)) }
    /// The provider-side id of the n-th transaction.
    static func providerTransaction(_ index: Int) -> BodyVariable { BodyVariable(2000 + UInt64(index)) }
    /// Sub-second jitter for the n-th timestamp tier, so instances differ in microseconds.
    static func jitter(_ index: Int) -> BodyVariable { BodyVariable(3000 + UInt64(index)) }
}

/// Where a generated payer lives: one row chosen per instance, every column from the same row.
enum PayerLocale {
    static let countries = ["UY", "CO", "BR", "MX", "AR", "CL", "PE", "US"]
    static let currencies = ["UYU", "COP", "BRL", "MXN", "ARS", "CLP", "PEN", "USD"]
    static let cities = ["Montevideo", "Bogotá", "São Paulo", "Ciudad de México", "Buenos Aires", "Santiago", "Lima", "New York"]
    static let states = ["Montevideo", "Cundinamarca", "SP", "CDMX", "CABA", "Región Metropolitana", "Lima", "NY"]
    static let phoneCodes = ["598", "57", "55", "52", "54", "56", "51", "1"]
    static let documentTypes = ["CI", "CC", "CPF", "CURP", "DNI", "RUT", "DNI", "SSN"]
    static let languages = ["es-UY", "es-CO", "pt-BR", "es-MX", "es-AR", "es-CL", "es-PE", "en-US"]
    static let zipCodes = ["11000", "110111", "01310-100", "06600", "C1000", "8320000", "15001", "10001"]
    static let streets = ["Av. 18 de Julio 1234", "Carrera 7 # 32-16", "Av. Paulista 1578", "Paseo de la Reforma 222",
                          "Av. Corrientes 1050", "Av. Providencia 1208", "Av. Larco 345", "350 Fifth Avenue"]

    static let firstNames = ["Ana", "Lucas", "Sofia", "Mateo", "Valentina", "Diego", "Camila", "Martin", "Julia", "Pedro",
                             "Laura", "Andres", "Maria", "Tomas", "Isabela", "Javier"]
    static let lastNames = ["Silva", "Gomez", "Rodriguez", "Fernandez", "Lopez", "Martinez", "Pereira", "Castro",
                            "Romero", "Alvarez", "Torres", "Ramirez", "Costa", "Herrera", "Vargas", "Moreno"]

    static func country(_ builder: BodyBuilder) -> BodyTemplate { builder.pick(.country, countries) }
    static func currency(_ builder: BodyBuilder) -> BodyTemplate { builder.pick(.country, currencies) }
    static func firstName(_ builder: BodyBuilder) -> BodyTemplate { builder.pick(.firstName, firstNames) }
    static func lastName(_ builder: BodyBuilder) -> BodyTemplate { builder.pick(.lastName, lastNames) }

    static func email(_ builder: BodyBuilder) -> BodyTemplate {
        builder.text(.choice(.firstName, firstNames.map { $0.lowercased() }), .text("."),
                     .choice(.lastName, lastNames.map { $0.lowercased() }), .digits(.customer, count: 2), .text("@example.com"))
    }

    static func holderName(_ builder: BodyBuilder) -> BodyTemplate {
        builder.text(.choice(.firstName, firstNames.map { $0.uppercased() }), .text(" "),
                     .choice(.lastName, lastNames.map { $0.uppercased() }))
    }

    static func address(_ builder: BodyBuilder) -> BodyTemplate {
        [
            "address_line_1": builder.pick(.country, streets),
            "address_line_2": "",
            "city": builder.pick(.country, cities),
            "country": country(builder),
            "state": builder.pick(.country, states),
            "zip_code": builder.pick(.country, zipCodes),
            "neighborhood": "Centro",
        ]
    }

    static func phone(_ builder: BodyBuilder) -> BodyTemplate {
        ["country_code": builder.pick(.country, phoneCodes), "number": builder.digits(.phone, 10)]
    }

    static func document(_ builder: BodyBuilder) -> BodyTemplate {
        ["document_number": builder.digits(.document, 9), "document_type": builder.pick(.country, documentTypes)]
    }
}
