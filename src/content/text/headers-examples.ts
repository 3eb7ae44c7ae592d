// Header blocks to try with one click: the situations support staff meet most. Host names and addresses
// are example values; the forms are those the services write (test/fixtures/headers/forms/).
export interface HeadersExample {
  label: string;
  text: string;
}

export const HEADERS_EXAMPLES: readonly HeadersExample[] = [
  {
    label: '3 時間遅れて届いた（送信サービスで待機）',
    text: `Delivered-To: jiro@gmail.com
Received: by 2002:a05:6a10:8e0e:b0:4f2:8c61:2a1b with SMTP id l14csp512345pxb;
        Sun, 22 Apr 2018 05:54:19 -0700 (PDT)
Received: from o1.mail.example.jp (o1.mail.example.jp. [167.89.10.20])
        by mx.google.com with ESMTPS id r8si1234567qkf.180.2018.04.22.05.54.18
        for <jiro@gmail.com>
        (version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128);
        Sun, 22 Apr 2018 05:54:18 -0700 (PDT)
Authentication-Results: mx.google.com;
       dkim=pass header.i=@sendgrid.net header.s=smtpapi header.b=Zz9yXw8v;
       spf=pass (google.com: domain of bounces+1234567-abcd-jiro=gmail.com@sendgrid.net designates 167.89.10.20 as permitted sender) smtp.mailfrom="bounces+1234567-abcd-jiro=gmail.com@sendgrid.net";
       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=example.jp
Received: by filterdrecv-p3las1-5bf99c48d-fk2mq with SMTP id filterdrecv-p3las1-5bf99c48d-fk2mq-21-5ADBF7F8-47
        2018-04-22 12:54:17.028503925 +0000 UTC
Received: from MTU2MTgzOA (ec2-54-1-2-3.ap-northeast-1.compute.amazonaws.com [54.1.2.3])
	by ismtpd0004p1lon1.sendgrid.net (SG) with HTTP id aBcDeFgHiJkLmNoPqRsTuV
	for <jiro@gmail.com>; Sun, 22 Apr 2018 09:54:16.855 +0000 (UTC)
From: =?UTF-8?B?5L6L44K344On44OD44OX?= <info@example.jp>
To: jiro@gmail.com
Subject: =?UTF-8?Q?=E3=81=94=E6=B3=A8=E6=96=87=E3=81=AE=E7=A2=BA=E8=AA=8D?=
Date: Sun, 22 Apr 2018 09:54:16 +0000 (UTC)`,
  },
  {
    label: 'Microsoft 365 で迷惑メールフォルダーへ（なりすまし判定）',
    text: `Received: from TYAPR01CA0123.jpnprd01.prod.outlook.com (2603:1096:404:2a::15)
 by TY3PR01MB11234.jpnprd01.prod.outlook.com (2603:1096:400:3d6::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9366.17; Tue, 2 Dec
 2025 03:40:11 +0000
Authentication-Results: spf=fail (sender IP is 192.0.2.99)
 smtp.mailfrom=bank.example.co.jp; dkim=none (message not signed)
 header.d=none;dmarc=fail action=quarantine
 header.from=bank.example.co.jp;compauth=fail reason=000
Received: from vps-1234.example.net (192.0.2.99) by
 TY2PEPF0000ABCD.mail.protection.outlook.com (10.167.248.12) with Microsoft SMTP
 Server id 15.20.9366.17 via Frontend Transport; Tue, 2 Dec 2025 03:40:10 +0000
From: support@bank.example.co.jp
Date: Tue, 2 Dec 2025 12:40:05 +0900
X-MS-Exchange-Organization-SCL: 5
X-Forefront-Antispam-Report:
 CIP:192.0.2.99;CTRY:NL;LANG:ja;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:vps-1234.example.net;PTR:vps-1234.example.net;CAT:SPOOF;DIR:INB;SFTY:9.19;
X-Microsoft-Antispam: BCL:0;
X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:J;`,
  },
  {
    label: '15 分遅れた（受信側のグレーリスティング）',
    text: `Received: from localhost (localhost [127.0.0.1])
	by mx.example.jp (Postfix) with ESMTP id 4dLXk23ZxPz9sWQ
	for <taro@example.jp>; Tue,  2 Dec 2025 10:17:43 +0900 (JST)
X-Spam-Status: No, score=-0.1 required=5.0 tests=DKIM_SIGNED,DKIM_VALID,
	SPF_PASS autolearn=ham autolearn_force=no version=4.0.0
Received: from mail.shop.example.com (mail.shop.example.com [198.51.100.7])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
	(No client certificate requested)
	by mx.example.jp (Postfix) with ESMTPS id 4dLXk23ZxPz9sWP
	for <taro@example.jp>; Tue,  2 Dec 2025 10:17:41 +0900 (JST)
Received: from [192.168.1.10] (unknown [203.0.113.8])
	(Authenticated sender: info@shop.example.com)
	by mail.shop.example.com (Postfix) with ESMTPSA id 6A2C81E0123
	for <taro@example.jp>; Tue,  2 Dec 2025 01:02:39 +0000 (UTC)
From: info@shop.example.com
Date: Tue, 2 Dec 2025 10:02:38 +0900`,
  },
  {
    label: '転送したメールの SPF が失敗（ARC あり）',
    text: `Received: from mx.example.ac.jp (mx.example.ac.jp. [192.0.2.25])
        by mx.google.com with ESMTPS id 5b1f17b1804b1-47a1b2c3d4esi1234567f9.321.2025.12.02.02.30.40
        for <hanako@gmail.com>
        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);
        Tue, 02 Dec 2025 02:30:40 -0800 (PST)
Authentication-Results: mx.google.com;
       dkim=pass header.i=@example.ac.jp header.s=sel1 header.b=Ab12Cd34;
       arc=pass (i=1 spf=pass spfdomain=sender.example.com dkim=pass dkdomain=sender.example.com dmarc=pass fromdomain=sender.example.com);
       spf=softfail (google.com: domain of transitioning taro@sender.example.com does not designate 192.0.2.25 as permitted sender) smtp.mailfrom=taro@sender.example.com;
       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=sender.example.com
ARC-Authentication-Results: i=1; mx.example.ac.jp;
	spf=pass smtp.mailfrom=taro@sender.example.com;
	dkim=pass header.d=sender.example.com header.s=s1;
	dmarc=pass header.from=sender.example.com
Received: from mail.sender.example.com (mail.sender.example.com [198.51.100.30])
	by mx.example.ac.jp (Postfix) with ESMTPS id 4dM0aB1cDe
	for <hanako@example.ac.jp>; Tue,  2 Dec 2025 19:30:39 +0900 (JST)
From: Taro <taro@sender.example.com>
Date: Tue, 2 Dec 2025 19:30:38 +0900`,
  },
];
