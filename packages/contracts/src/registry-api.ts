// Generated from the registry's /openapi.json by traceability/scripts/registry-api-types.ts
// (openapi-typescript). Do not edit: change the registry's schemas and run
//   npm run api-types -w @ocop/traceability
export interface paths {
    "/v1/producers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List producers (a seller sees only its own) */
        get: {
            parameters: {
                query?: {
                    province?: "An Giang" | "Bắc Ninh" | "Cao Bằng" | "Cà Mau" | "Cần Thơ" | "Gia Lai" | "Huế" | "Hà Nội" | "Hà Tĩnh" | "Hưng Yên" | "Hải Phòng" | "Hồ Chí Minh" | "Khánh Hòa" | "Lai Châu" | "Lào Cai" | "Lâm Đồng" | "Lạng Sơn" | "Nghệ An" | "Ninh Bình" | "Phú Thọ" | "Quảng Ngãi" | "Quảng Ninh" | "Quảng Trị" | "Sơn La" | "Thanh Hóa" | "Thái Nguyên" | "Tuyên Quang" | "Tây Ninh" | "Vĩnh Long" | "Điện Biên" | "Đà Nẵng" | "Đắk Lắk" | "Đồng Nai" | "Đồng Tháp";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Producers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            producers: {
                                /** Format: uuid */
                                id: string;
                                legalName: string;
                                kind: string;
                                registrationNumber: string | null;
                                province: string;
                                commune: string;
                                communeCode: string | null;
                                legacyDistrict: string | null;
                                addressLine: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register an OCOP producer (officials with the issuer role) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        legalName: string;
                        /** @enum {string} */
                        kind: "cooperative" | "cooperative_group" | "enterprise" | "household_business";
                        registrationNumber: string;
                        /** @enum {string} */
                        province: "An Giang" | "Bắc Ninh" | "Cao Bằng" | "Cà Mau" | "Cần Thơ" | "Gia Lai" | "Huế" | "Hà Nội" | "Hà Tĩnh" | "Hưng Yên" | "Hải Phòng" | "Hồ Chí Minh" | "Khánh Hòa" | "Lai Châu" | "Lào Cai" | "Lâm Đồng" | "Lạng Sơn" | "Nghệ An" | "Ninh Bình" | "Phú Thọ" | "Quảng Ngãi" | "Quảng Ninh" | "Quảng Trị" | "Sơn La" | "Thanh Hóa" | "Thái Nguyên" | "Tuyên Quang" | "Tây Ninh" | "Vĩnh Long" | "Điện Biên" | "Đà Nẵng" | "Đắk Lắk" | "Đồng Nai" | "Đồng Tháp";
                        commune?: string;
                        communeCode?: string;
                        legacyDistrict?: string | null;
                        addressLine?: string | null;
                    };
                };
            };
            responses: {
                /** @description Registered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            legalName: string;
                            kind: string;
                            registrationNumber: string | null;
                            province: string;
                            commune: string;
                            communeCode: string | null;
                            legacyDistrict: string | null;
                            addressLine: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/producers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One producer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Producer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            legalName: string;
                            kind: string;
                            registrationNumber: string | null;
                            province: string;
                            commune: string;
                            communeCode: string | null;
                            legacyDistrict: string | null;
                            addressLine: string | null;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/producer-bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Producer bindings (officials: of their province; the backend: all) */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "active" | "rejected" | "suspended";
                    accountId?: string;
                    producerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Bindings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindings: {
                                /** Format: uuid */
                                id: string;
                                accountId: string;
                                /** Format: uuid */
                                producerId: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "rejected" | "suspended";
                                reason: string | null;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** The backend claims a producer for a shop account (or brings a new producer); always pending */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountId: string;
                        /** Format: uuid */
                        producerId?: string;
                        newProducer?: {
                            legalName: string;
                            /** @enum {string} */
                            kind: "cooperative" | "cooperative_group" | "enterprise" | "household_business";
                            /** @enum {string} */
                            province: "An Giang" | "Bắc Ninh" | "Cao Bằng" | "Cà Mau" | "Cần Thơ" | "Gia Lai" | "Huế" | "Hà Nội" | "Hà Tĩnh" | "Hưng Yên" | "Hải Phòng" | "Hồ Chí Minh" | "Khánh Hòa" | "Lai Châu" | "Lào Cai" | "Lâm Đồng" | "Lạng Sơn" | "Nghệ An" | "Ninh Bình" | "Phú Thọ" | "Quảng Ngãi" | "Quảng Ninh" | "Quảng Trị" | "Sơn La" | "Thanh Hóa" | "Thái Nguyên" | "Tuyên Quang" | "Tây Ninh" | "Vĩnh Long" | "Điện Biên" | "Đà Nẵng" | "Đắk Lắk" | "Đồng Nai" | "Đồng Tháp";
                            commune?: string;
                            communeCode?: string;
                            addressLine?: string | null;
                            registrationNumber?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description The same claim again: the binding it made */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            binding: {
                                /** Format: uuid */
                                id: string;
                                accountId: string;
                                /** Format: uuid */
                                producerId: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "rejected" | "suspended";
                                reason: string | null;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Claimed: pending until approved */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            binding: {
                                /** Format: uuid */
                                id: string;
                                accountId: string;
                                /** Format: uuid */
                                producerId: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "rejected" | "suspended";
                                reason: string | null;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description The account already claims another producer */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/producer-bindings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One producer binding (same visibility as the list; others: 404) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Binding */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            binding: {
                                /** Format: uuid */
                                id: string;
                                accountId: string;
                                /** Format: uuid */
                                producerId: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "rejected" | "suspended";
                                reason: string | null;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** The backend withdraws a claim while it is pending (registration compensating) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Withdrawn */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Already decided */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/producer-bindings/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, reject, suspend or reinstate (issuing officials of the province, or the backend for the operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "approve" | "reject" | "suspend" | "reinstate";
                        reason?: string | null;
                        decidedBy?: string | null;
                    };
                };
            };
            responses: {
                /** @description Decided */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            binding: {
                                /** Format: uuid */
                                id: string;
                                accountId: string;
                                /** Format: uuid */
                                producerId: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "rejected" | "suspended";
                                reason: string | null;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description invalid_transition, or producer_already_bound when approving */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/producers/{producerId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a product of a producer (the producer's seller, or an issuing official) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    producerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        group: string;
                        gtin?: string | null;
                        brand?: string | null;
                        imageUrl?: string | null;
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Registered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            producerId: string;
                            code: string;
                            name: string;
                            sector: string;
                            productGroup: string;
                            gtin: string | null;
                            platformGtin: string | null;
                            brand: string | null;
                            imageUrl: string | null;
                            description: string | null;
                            /** @description ISO 8601 instant, UTC */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/platform-gtin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a product without a GTIN one from the platform's GS1 company prefix (decision 017; the producer's seller or an issuing official); asked again, the same one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Assigned before: the product with the same platformGtin */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            producerId: string;
                            code: string;
                            name: string;
                            sector: string;
                            productGroup: string;
                            gtin: string | null;
                            platformGtin: string | null;
                            brand: string | null;
                            imageUrl: string | null;
                            description: string | null;
                            /** @description ISO 8601 instant, UTC */
                            createdAt: string;
                        };
                    };
                };
                /** @description Assigned: the product with its platformGtin */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            producerId: string;
                            code: string;
                            name: string;
                            sector: string;
                            productGroup: string;
                            gtin: string | null;
                            platformGtin: string | null;
                            brand: string | null;
                            imageUrl: string | null;
                            description: string | null;
                            /** @description ISO 8601 instant, UTC */
                            createdAt: string;
                        };
                    };
                };
                /** @description product_has_gtin, not_a_trade_item, gtin_prefix_not_configured or platform_gtins_exhausted */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products with their current certificate (a seller sees only its own) */
        get: {
            parameters: {
                query?: {
                    producerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Products */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            products: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                producerId: string;
                                code: string;
                                name: string;
                                sector: string;
                                productGroup: string;
                                gtin: string | null;
                                platformGtin: string | null;
                                brand: string | null;
                                imageUrl: string | null;
                                description: string | null;
                                /** @description ISO 8601 instant, UTC */
                                createdAt: string;
                                certificate: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                    /** Format: uuid */
                                    productId: string;
                                    stars: number;
                                    scoreA: number;
                                    scoreB: number;
                                    scoreC: number;
                                    scoreTotal: number;
                                    /** @enum {string} */
                                    issuingLevel: "district" | "province" | "central";
                                    issuerName: string;
                                    decisionNumber: string;
                                    /** @description ISO 8601 instant, UTC */
                                    issuedAt: string;
                                    /** @description ISO 8601 instant, UTC */
                                    expiresAt: string;
                                    revokedAt: string | null;
                                    revocationReason: string | null;
                                    revocationNote: string | null;
                                    revocationDecision: string | null;
                                    renewsId: string | null;
                                    /** @description ISO 8601 instant, UTC */
                                    createdAt: string;
                                    /** @enum {string} */
                                    status: "active" | "expiring" | "expired" | "revoked";
                                    /** @enum {string} */
                                    scorecardVersion: "qd148-2023" | "qd26-2026";
                                    reEvaluationFiledAt: string | null;
                                    reEvaluationDecidedAt: string | null;
                                    reEvaluationDecision: string | null;
                                    standing: {
                                        /** @enum {string} */
                                        state: "active" | "expiring" | "extended" | "expired" | "revoked";
                                        /** @enum {string} */
                                        phase: "not_open" | "open" | "closed";
                                        reEvaluationPending: boolean;
                                        reEvaluationDue: boolean;
                                        window: {
                                            /** @description ISO 8601 instant, UTC */
                                            opensAt: string;
                                            /** @description ISO 8601 instant, UTC */
                                            closesAt: string;
                                            /** @description ISO 8601 instant, UTC */
                                            extensionEndsAt: string;
                                        };
                                        validUntil: string | null;
                                    };
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product with its current certificate */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Product */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            producerId: string;
                            code: string;
                            name: string;
                            sector: string;
                            productGroup: string;
                            gtin: string | null;
                            platformGtin: string | null;
                            brand: string | null;
                            imageUrl: string | null;
                            description: string | null;
                            /** @description ISO 8601 instant, UTC */
                            createdAt: string;
                            certificate: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** Format: uuid */
                                productId: string;
                                stars: number;
                                scoreA: number;
                                scoreB: number;
                                scoreC: number;
                                scoreTotal: number;
                                /** @enum {string} */
                                issuingLevel: "district" | "province" | "central";
                                issuerName: string;
                                decisionNumber: string;
                                /** @description ISO 8601 instant, UTC */
                                issuedAt: string;
                                /** @description ISO 8601 instant, UTC */
                                expiresAt: string;
                                revokedAt: string | null;
                                revocationReason: string | null;
                                revocationNote: string | null;
                                revocationDecision: string | null;
                                renewsId: string | null;
                                /** @description ISO 8601 instant, UTC */
                                createdAt: string;
                                /** @enum {string} */
                                status: "active" | "expiring" | "expired" | "revoked";
                                /** @enum {string} */
                                scorecardVersion: "qd148-2023" | "qd26-2026";
                                reEvaluationFiledAt: string | null;
                                reEvaluationDecidedAt: string | null;
                                reEvaluationDecision: string | null;
                                standing: {
                                    /** @enum {string} */
                                    state: "active" | "expiring" | "extended" | "expired" | "revoked";
                                    /** @enum {string} */
                                    phase: "not_open" | "open" | "closed";
                                    reEvaluationPending: boolean;
                                    reEvaluationDue: boolean;
                                    window: {
                                        /** @description ISO 8601 instant, UTC */
                                        opensAt: string;
                                        /** @description ISO 8601 instant, UTC */
                                        closesAt: string;
                                        /** @description ISO 8601 instant, UTC */
                                        extensionEndsAt: string;
                                    };
                                    validUntil: string | null;
                                };
                            } | null;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Certificates by status (e.g. expiring within 90 days); a seller sees only its own */
        get: {
            parameters: {
                query?: {
                    status?: "active" | "expiring" | "expired" | "revoked";
                    state?: "active" | "expiring" | "extended" | "expired" | "revoked";
                    province?: "An Giang" | "Bắc Ninh" | "Cao Bằng" | "Cà Mau" | "Cần Thơ" | "Gia Lai" | "Huế" | "Hà Nội" | "Hà Tĩnh" | "Hưng Yên" | "Hải Phòng" | "Hồ Chí Minh" | "Khánh Hòa" | "Lai Châu" | "Lào Cai" | "Lâm Đồng" | "Lạng Sơn" | "Nghệ An" | "Ninh Bình" | "Phú Thọ" | "Quảng Ngãi" | "Quảng Ninh" | "Quảng Trị" | "Sơn La" | "Thanh Hóa" | "Thái Nguyên" | "Tuyên Quang" | "Tây Ninh" | "Vĩnh Long" | "Điện Biên" | "Đà Nẵng" | "Đắk Lắk" | "Đồng Nai" | "Đồng Tháp";
                    producerId?: string;
                    history?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Certificates */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificates: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** Format: uuid */
                                productId: string;
                                stars: number;
                                scoreA: number;
                                scoreB: number;
                                scoreC: number;
                                scoreTotal: number;
                                /** @enum {string} */
                                issuingLevel: "district" | "province" | "central";
                                issuerName: string;
                                decisionNumber: string;
                                /** @description ISO 8601 instant, UTC */
                                issuedAt: string;
                                /** @description ISO 8601 instant, UTC */
                                expiresAt: string;
                                revokedAt: string | null;
                                revocationReason: string | null;
                                revocationNote: string | null;
                                revocationDecision: string | null;
                                renewsId: string | null;
                                /** @description ISO 8601 instant, UTC */
                                createdAt: string;
                                /** @enum {string} */
                                status: "active" | "expiring" | "expired" | "revoked";
                                /** @enum {string} */
                                scorecardVersion: "qd148-2023" | "qd26-2026";
                                reEvaluationFiledAt: string | null;
                                reEvaluationDecidedAt: string | null;
                                reEvaluationDecision: string | null;
                                standing: {
                                    /** @enum {string} */
                                    state: "active" | "expiring" | "extended" | "expired" | "revoked";
                                    /** @enum {string} */
                                    phase: "not_open" | "open" | "closed";
                                    reEvaluationPending: boolean;
                                    reEvaluationDue: boolean;
                                    window: {
                                        /** @description ISO 8601 instant, UTC */
                                        opensAt: string;
                                        /** @description ISO 8601 instant, UTC */
                                        closesAt: string;
                                        /** @description ISO 8601 instant, UTC */
                                        extensionEndsAt: string;
                                    };
                                    validUntil: string | null;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a council's decision: the stars are computed from the scores */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        number: string;
                        scores: {
                            A: number;
                            B: number;
                            C: number;
                        };
                        /** @default [] */
                        failedMandatory?: string[];
                        /** @enum {string} */
                        issuingLevel: "district" | "province" | "central";
                        issuerName: string;
                        decisionNumber: string;
                        issuedAt: unknown;
                        /** @enum {string} */
                        scorecardVersion?: "qd148-2023" | "qd26-2026";
                        /** Format: uuid */
                        productId: string;
                    };
                };
            };
            responses: {
                /** @description Issued */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            productId: string;
                            stars: number;
                            scoreA: number;
                            scoreB: number;
                            scoreC: number;
                            scoreTotal: number;
                            /** @enum {string} */
                            issuingLevel: "district" | "province" | "central";
                            issuerName: string;
                            decisionNumber: string;
                            /** @description ISO 8601 instant, UTC */
                            issuedAt: string;
                            /** @description ISO 8601 instant, UTC */
                            expiresAt: string;
                            revokedAt: string | null;
                            revocationReason: string | null;
                            revocationNote: string | null;
                            revocationDecision: string | null;
                            renewsId: string | null;
                            /** @description ISO 8601 instant, UTC */
                            createdAt: string;
                            /** @enum {string} */
                            status: "active" | "expiring" | "expired" | "revoked";
                            /** @enum {string} */
                            scorecardVersion: "qd148-2023" | "qd26-2026";
                            reEvaluationFiledAt: string | null;
                            reEvaluationDecidedAt: string | null;
                            reEvaluationDecision: string | null;
                            standing: {
                                /** @enum {string} */
                                state: "active" | "expiring" | "extended" | "expired" | "revoked";
                                /** @enum {string} */
                                phase: "not_open" | "open" | "closed";
                                reEvaluationPending: boolean;
                                reEvaluationDue: boolean;
                                window: {
                                    /** @description ISO 8601 instant, UTC */
                                    opensAt: string;
                                    /** @description ISO 8601 instant, UTC */
                                    closesAt: string;
                                    /** @description ISO 8601 instant, UTC */
                                    extensionEndsAt: string;
                                };
                                validUntil: string | null;
                            };
                        };
                    };
                };
                /** @description Scores do not certify */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-evaluation: a new certificate that supersedes this one (stars may change) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        number: string;
                        scores: {
                            A: number;
                            B: number;
                            C: number;
                        };
                        /** @default [] */
                        failedMandatory?: string[];
                        /** @enum {string} */
                        issuingLevel: "district" | "province" | "central";
                        issuerName: string;
                        decisionNumber: string;
                        issuedAt: unknown;
                        /** @enum {string} */
                        scorecardVersion?: "qd148-2023" | "qd26-2026";
                    };
                };
            };
            responses: {
                /** @description Renewed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            productId: string;
                            stars: number;
                            scoreA: number;
                            scoreB: number;
                            scoreC: number;
                            scoreTotal: number;
                            /** @enum {string} */
                            issuingLevel: "district" | "province" | "central";
                            issuerName: string;
                            decisionNumber: string;
                            /** @description ISO 8601 instant, UTC */
                            issuedAt: string;
                            /** @description ISO 8601 instant, UTC */
                            expiresAt: string;
                            revokedAt: string | null;
                            revocationReason: string | null;
                            revocationNote: string | null;
                            revocationDecision: string | null;
                            renewsId: string | null;
                            /** @description ISO 8601 instant, UTC */
                            createdAt: string;
                            /** @enum {string} */
                            status: "active" | "expiring" | "expired" | "revoked";
                            /** @enum {string} */
                            scorecardVersion: "qd148-2023" | "qd26-2026";
                            reEvaluationFiledAt: string | null;
                            reEvaluationDecidedAt: string | null;
                            reEvaluationDecision: string | null;
                            standing: {
                                /** @enum {string} */
                                state: "active" | "expiring" | "extended" | "expired" | "revoked";
                                /** @enum {string} */
                                phase: "not_open" | "open" | "closed";
                                reEvaluationPending: boolean;
                                reEvaluationDue: boolean;
                                window: {
                                    /** @description ISO 8601 instant, UTC */
                                    opensAt: string;
                                    /** @description ISO 8601 instant, UTC */
                                    closesAt: string;
                                    /** @description ISO 8601 instant, UTC */
                                    extensionEndsAt: string;
                                };
                                validUntil: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a certificate (officials with the revoker role); the product stops selling as OCOP */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        reason: "not_reevaluated" | "failed_mandatory" | "quality_violation" | "other";
                        /** @default null */
                        note?: string | null;
                        decisionNumber: string;
                        /** @default null */
                        revokedAt?: unknown | null;
                    };
                };
            };
            responses: {
                /** @description Revoked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            productId: string;
                            stars: number;
                            scoreA: number;
                            scoreB: number;
                            scoreC: number;
                            scoreTotal: number;
                            /** @enum {string} */
                            issuingLevel: "district" | "province" | "central";
                            issuerName: string;
                            decisionNumber: string;
                            /** @description ISO 8601 instant, UTC */
                            issuedAt: string;
                            /** @description ISO 8601 instant, UTC */
                            expiresAt: string;
                            revokedAt: string | null;
                            revocationReason: string | null;
                            revocationNote: string | null;
                            revocationDecision: string | null;
                            renewsId: string | null;
                            /** @description ISO 8601 instant, UTC */
                            createdAt: string;
                            /** @enum {string} */
                            status: "active" | "expiring" | "expired" | "revoked";
                            /** @enum {string} */
                            scorecardVersion: "qd148-2023" | "qd26-2026";
                            reEvaluationFiledAt: string | null;
                            reEvaluationDecidedAt: string | null;
                            reEvaluationDecision: string | null;
                            standing: {
                                /** @enum {string} */
                                state: "active" | "expiring" | "extended" | "expired" | "revoked";
                                /** @enum {string} */
                                phase: "not_open" | "open" | "closed";
                                reEvaluationPending: boolean;
                                reEvaluationDue: boolean;
                                window: {
                                    /** @description ISO 8601 instant, UTC */
                                    opensAt: string;
                                    /** @description ISO 8601 instant, UTC */
                                    closesAt: string;
                                    /** @description ISO 8601 instant, UTC */
                                    extensionEndsAt: string;
                                };
                                validUntil: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{id}/re-evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the re-evaluation dossier was filed (from 180 days before expiry, while in force); a timely filing undecided at expiry extends the certificate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        filedAt?: unknown | null;
                    };
                };
            };
            responses: {
                /** @description Filed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            productId: string;
                            stars: number;
                            scoreA: number;
                            scoreB: number;
                            scoreC: number;
                            scoreTotal: number;
                            /** @enum {string} */
                            issuingLevel: "district" | "province" | "central";
                            issuerName: string;
                            decisionNumber: string;
                            /** @description ISO 8601 instant, UTC */
                            issuedAt: string;
                            /** @description ISO 8601 instant, UTC */
                            expiresAt: string;
                            revokedAt: string | null;
                            revocationReason: string | null;
                            revocationNote: string | null;
                            revocationDecision: string | null;
                            renewsId: string | null;
                            /** @description ISO 8601 instant, UTC */
                            createdAt: string;
                            /** @enum {string} */
                            status: "active" | "expiring" | "expired" | "revoked";
                            /** @enum {string} */
                            scorecardVersion: "qd148-2023" | "qd26-2026";
                            reEvaluationFiledAt: string | null;
                            reEvaluationDecidedAt: string | null;
                            reEvaluationDecision: string | null;
                            standing: {
                                /** @enum {string} */
                                state: "active" | "expiring" | "extended" | "expired" | "revoked";
                                /** @enum {string} */
                                phase: "not_open" | "open" | "closed";
                                reEvaluationPending: boolean;
                                reEvaluationDue: boolean;
                                window: {
                                    /** @description ISO 8601 instant, UTC */
                                    opensAt: string;
                                    /** @description ISO 8601 instant, UTC */
                                    closesAt: string;
                                    /** @description ISO 8601 instant, UTC */
                                    extensionEndsAt: string;
                                };
                                validUntil: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{id}/re-evaluation/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The council refused the re-evaluation: the certificate is not extended past its expiry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decisionNumber: string;
                        /** @default null */
                        decidedAt?: unknown | null;
                    };
                };
            };
            responses: {
                /** @description Refused */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            productId: string;
                            stars: number;
                            scoreA: number;
                            scoreB: number;
                            scoreC: number;
                            scoreTotal: number;
                            /** @enum {string} */
                            issuingLevel: "district" | "province" | "central";
                            issuerName: string;
                            decisionNumber: string;
                            /** @description ISO 8601 instant, UTC */
                            issuedAt: string;
                            /** @description ISO 8601 instant, UTC */
                            expiresAt: string;
                            revokedAt: string | null;
                            revocationReason: string | null;
                            revocationNote: string | null;
                            revocationDecision: string | null;
                            renewsId: string | null;
                            /** @description ISO 8601 instant, UTC */
                            createdAt: string;
                            /** @enum {string} */
                            status: "active" | "expiring" | "expired" | "revoked";
                            /** @enum {string} */
                            scorecardVersion: "qd148-2023" | "qd26-2026";
                            reEvaluationFiledAt: string | null;
                            reEvaluationDecidedAt: string | null;
                            reEvaluationDecision: string | null;
                            standing: {
                                /** @enum {string} */
                                state: "active" | "expiring" | "extended" | "expired" | "revoked";
                                /** @enum {string} */
                                phase: "not_open" | "open" | "closed";
                                reEvaluationPending: boolean;
                                reEvaluationDue: boolean;
                                window: {
                                    /** @description ISO 8601 instant, UTC */
                                    opensAt: string;
                                    /** @description ISO 8601 instant, UTC */
                                    closesAt: string;
                                    /** @description ISO 8601 instant, UTC */
                                    extensionEndsAt: string;
                                };
                                validUntil: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One certificate with its status now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Certificate */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            productId: string;
                            stars: number;
                            scoreA: number;
                            scoreB: number;
                            scoreC: number;
                            scoreTotal: number;
                            /** @enum {string} */
                            issuingLevel: "district" | "province" | "central";
                            issuerName: string;
                            decisionNumber: string;
                            /** @description ISO 8601 instant, UTC */
                            issuedAt: string;
                            /** @description ISO 8601 instant, UTC */
                            expiresAt: string;
                            revokedAt: string | null;
                            revocationReason: string | null;
                            revocationNote: string | null;
                            revocationDecision: string | null;
                            renewsId: string | null;
                            /** @description ISO 8601 instant, UTC */
                            createdAt: string;
                            /** @enum {string} */
                            status: "active" | "expiring" | "expired" | "revoked";
                            /** @enum {string} */
                            scorecardVersion: "qd148-2023" | "qd26-2026";
                            reEvaluationFiledAt: string | null;
                            reEvaluationDecidedAt: string | null;
                            reEvaluationDecision: string | null;
                            standing: {
                                /** @enum {string} */
                                state: "active" | "expiring" | "extended" | "expired" | "revoked";
                                /** @enum {string} */
                                phase: "not_open" | "open" | "closed";
                                reEvaluationPending: boolean;
                                reEvaluationDue: boolean;
                                window: {
                                    /** @description ISO 8601 instant, UTC */
                                    opensAt: string;
                                    /** @description ISO 8601 instant, UTC */
                                    closesAt: string;
                                    /** @description ISO 8601 instant, UTC */
                                    extensionEndsAt: string;
                                };
                                validUntil: string | null;
                            };
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{productId}/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's batches */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    productId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Batches */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batches: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                productId: string;
                                code: string;
                                /** @description ISO 8601 instant, UTC */
                                producedAt: string;
                                bestBefore: string | null;
                                quantity: number;
                                rawMaterialOrigin: string | null;
                                standards: string[];
                                nextSeq: number;
                                /** @description ISO 8601 instant, UTC */
                                createdAt: string;
                                /** Format: uri */
                                batchStampUrl: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a production batch (the producer's own products) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    productId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        producedAt: unknown;
                        bestBefore?: string | null;
                        quantity: number;
                        rawMaterialOrigin?: string | null;
                        /** @default [] */
                        standards?: string[];
                    };
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            productId: string;
                            code: string;
                            /** @description ISO 8601 instant, UTC */
                            producedAt: string;
                            bestBefore: string | null;
                            quantity: number;
                            rawMaterialOrigin: string | null;
                            standards: string[];
                            nextSeq: number;
                            /** @description ISO 8601 instant, UTC */
                            createdAt: string;
                            /** Format: uri */
                            batchStampUrl: string;
                        };
                    };
                };
                /** @description Code used, or not stampable */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One batch with its stamp and scan counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Batch */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batches/{id}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The batch-level QR code (proves the batch, not a unit) as SVG */
        get: {
            parameters: {
                query?: {
                    module_mm?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description image/svg+xml */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batches/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A batch's production steps, in order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Steps */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            steps: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                batchId: string;
                                position: number;
                                stage: string;
                                /** @description ISO 8601 instant, UTC */
                                occurredAt: string;
                                place: string;
                                inputs: string[];
                                note: string | null;
                                createdBy: string;
                                /** @description ISO 8601 instant, UTC */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a production step of a batch (the producer's own batches) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        stage: "growing" | "harvesting" | "receiving" | "processing" | "packing" | "inspecting" | "storing" | "other";
                        occurredAt: unknown;
                        place: string;
                        inputs?: string[];
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            batchId: string;
                            position: number;
                            stage: string;
                            /** @description ISO 8601 instant, UTC */
                            occurredAt: string;
                            place: string;
                            inputs: string[];
                            note: string | null;
                            createdBy: string;
                            /** @description ISO 8601 instant, UTC */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batches/{id}/epcis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The batch's events as an EPCIS 2.0 JSON-LD document (producer, officials) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/ld+json */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batches/{id}/stamps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue 1 to 1,000,000 serialized stamps in the background (202; poll progressUrl). Idempotency-Key makes retries safe. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            responses: {
                /** @description Same Idempotency-Key: the original */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            batchId: string;
                            idempotencyKey: string | null;
                            requested: number;
                            issued: number;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            firstSeq: number | null;
                            keyId: string;
                            serialVersion: number;
                            gtin: string | null;
                            error: string | null;
                            createdBy: string;
                            /** @description ISO 8601 instant, UTC */
                            startedAt: string;
                            finishedAt: string | null;
                            progressUrl: string;
                            urlsUrl: string;
                        };
                    };
                };
                /** @description Started */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            batchId: string;
                            idempotencyKey: string | null;
                            requested: number;
                            issued: number;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            firstSeq: number | null;
                            keyId: string;
                            serialVersion: number;
                            gtin: string | null;
                            error: string | null;
                            createdBy: string;
                            /** @description ISO 8601 instant, UTC */
                            startedAt: string;
                            finishedAt: string | null;
                            progressUrl: string;
                            urlsUrl: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stamp-issuances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of a stamp issuance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Issuance */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            batchId: string;
                            idempotencyKey: string | null;
                            requested: number;
                            issued: number;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            firstSeq: number | null;
                            keyId: string;
                            serialVersion: number;
                            gtin: string | null;
                            error: string | null;
                            createdBy: string;
                            /** @description ISO 8601 instant, UTC */
                            startedAt: string;
                            finishedAt: string | null;
                            progressUrl: string;
                            urlsUrl: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stamp-issuances/{id}/urls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stamp URLs of a finished issuance for the printer: one a line (text/plain), or ?format=csv with seq, url and the typed code printed under a v2 QR */
        get: {
            parameters: {
                query?: {
                    format?: "text" | "csv";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/plain, or text/csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batches/{id}/stamps/{seq}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit's QR code as SVG */
        get: {
            parameters: {
                query?: {
                    module_mm?: number;
                };
                header?: never;
                path: {
                    id: string;
                    seq: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description image/svg+xml */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batches/{id}/stamps/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a range of stamps (a lost or stolen roll); they then verify as "void" */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fromSeq: number;
                        toSeq: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description How many were voided */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            voided: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sales-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Append a sale, return or cancellation; idempotent on eventId */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        eventId: string;
                        /**
                         * @default sale
                         * @enum {string}
                         */
                        kind?: "sale" | "return" | "cancellation";
                        /** Format: uuid */
                        productId: string;
                        /** Format: uuid */
                        producerId: string;
                        /** @enum {string} */
                        channel: "marketplace" | "showroom" | "supermarket" | "livestream" | "other";
                        quantity: number;
                        amountVnd: number;
                        /** Format: date-time */
                        occurredAt: string;
                        orderRef?: string | null;
                        compensatesEventId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Already recorded: the original */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: string;
                            /** @enum {string} */
                            kind: "sale" | "return" | "cancellation";
                            /** Format: uuid */
                            productId: string;
                            /** Format: uuid */
                            producerId: string;
                            channel: string;
                            quantity: number;
                            amountVnd: number;
                            /** @description ISO 8601 instant, UTC */
                            occurredAt: string;
                            orderRef: string | null;
                            compensatesEventId: string | null;
                            /** @description ISO 8601 instant, UTC */
                            recordedAt: string;
                        };
                    };
                };
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eventId: string;
                            /** @enum {string} */
                            kind: "sale" | "return" | "cancellation";
                            /** Format: uuid */
                            productId: string;
                            /** Format: uuid */
                            producerId: string;
                            channel: string;
                            quantity: number;
                            amountVnd: number;
                            /** @description ISO 8601 instant, UTC */
                            occurredAt: string;
                            orderRef: string | null;
                            compensatesEventId: string | null;
                            /** @description ISO 8601 instant, UTC */
                            recordedAt: string;
                        };
                    };
                };
                /** @description occurred_at_out_of_range: before 2018 or over 10 minutes ahead */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description channel_not_allowed (a producer posting a marketplace sale), sale_not_yours (compensating a backend sale) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Same eventId, other data */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sales/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales volume from the daily rollup (Vietnamese calendar days, both ends included) */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    groupBy?: "product" | "producer" | "channel" | "day";
                    producerId?: string;
                    productId?: string;
                    channel?: "marketplace" | "showroom" | "supermarket" | "livestream" | "other";
                    province?: "An Giang" | "Bắc Ninh" | "Cao Bằng" | "Cà Mau" | "Cần Thơ" | "Gia Lai" | "Huế" | "Hà Nội" | "Hà Tĩnh" | "Hưng Yên" | "Hải Phòng" | "Hồ Chí Minh" | "Khánh Hòa" | "Lai Châu" | "Lào Cai" | "Lâm Đồng" | "Lạng Sơn" | "Nghệ An" | "Ninh Bình" | "Phú Thọ" | "Quảng Ngãi" | "Quảng Ninh" | "Quảng Trị" | "Sơn La" | "Thanh Hóa" | "Thái Nguyên" | "Tuyên Quang" | "Tây Ninh" | "Vĩnh Long" | "Điện Biên" | "Đà Nẵng" | "Đắk Lắk" | "Đồng Nai" | "Đồng Tháp";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Rows with quantity, amountVnd and events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groupBy: string;
                            rows: {
                                key: string;
                                quantity: number;
                                amountVnd: number;
                                events: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A consumer reports a suspected fake (public); opens an alert for officials */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        stampUrl: string;
                        note: string;
                        province?: string | null;
                        contact?: string | null;
                    };
                };
            };
            responses: {
                /** @description Alert opened */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @constant */
                            status: "open";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alerts (officials see all; a seller sees those about its own products) */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "resolved";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Alerts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                /** @enum {string} */
                                status: "open" | "resolved";
                                batch_id: string | null;
                                seq: number | null;
                                product_id: string | null;
                                producer_id: string | null;
                                province: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                                /** @description ISO 8601 instant, UTC */
                                opened_at: string;
                                resolved_at: string | null;
                                resolved_by: string | null;
                                resolution_note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an alert with a note (inspectors of the product's producer's province, or national ones) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Resolved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            status: "open" | "resolved";
                            batch_id: string | null;
                            seq: number | null;
                            product_id: string | null;
                            producer_id: string | null;
                            province: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                            /** @description ISO 8601 instant, UTC */
                            opened_at: string;
                            resolved_at: string | null;
                            resolved_by: string | null;
                            resolution_note: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Subscribe a service (the backend) to certificate and binding events; upserts by name */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** Format: uri */
                        url: string;
                        secret: string;
                        topics: ("certificate.issued" | "certificate.renewed" | "certificate.revoked" | "certificate.expired" | "certificate.expiring" | "producer_binding.changed")[];
                    };
                };
            };
            responses: {
                /** @description Subscribed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batches/{id}/stamps/{seq}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit's stamp state and its latest 100 scans (the producer's own, or officials) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    seq: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Stamp and scans */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/circular-02": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Batches produced in a period with the Circular 02/2024 minimum fields, for upload to a provincial or the national portal (officials) */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    province?: "An Giang" | "Bắc Ninh" | "Cao Bằng" | "Cà Mau" | "Cần Thơ" | "Gia Lai" | "Huế" | "Hà Nội" | "Hà Tĩnh" | "Hưng Yên" | "Hải Phòng" | "Hồ Chí Minh" | "Khánh Hòa" | "Lai Châu" | "Lào Cai" | "Lâm Đồng" | "Lạng Sơn" | "Nghệ An" | "Ninh Bình" | "Phú Thọ" | "Quảng Ngãi" | "Quảng Ninh" | "Quảng Trị" | "Sơn La" | "Thanh Hóa" | "Thái Nguyên" | "Tuyên Quang" | "Tây Ninh" | "Vĩnh Long" | "Điện Biên" | "Đà Nẵng" | "Đắk Lắk" | "Đồng Nai" | "Đồng Tháp";
                    format?: "csv" | "json";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/csv or JSON rows */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The background queues: jobs per state and the latest failures (the backend, national officials) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queues */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            queues: {
                                name: string;
                                created: number;
                                retry: number;
                                active: number;
                                completed: number;
                                failed: number;
                            }[];
                            failures: {
                                id: string;
                                name: string;
                                failedAt: string | null;
                                retries: number;
                                error: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
