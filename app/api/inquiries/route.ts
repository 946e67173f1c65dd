import { after } from "next/server";
import { env } from "@/lib/env";
import { handleInquiryRequest } from "@/lib/inquiries/handle-inquiry-request";
import { getInquiryContext } from "@/lib/inquiries/inquiry-context";
import { requestOutboxDelivery } from "@/lib/background/web-process";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handleInquiryRequest(request, {
    context: getInquiryContext,
    afterCommit: () => after(requestOutboxDelivery),
    trustedProxyHops: env.TRUST_PROXY_HOPS,
  });
}
