/**
 * Which problems of the PROBLEMS vocabulary are related in meaning, so a locality that names one
 * sees the models made for its neighbours, with the reason. Matching by meaning, not by shared
 * words: "cướp giật" and "trộm cắp" share no word but are both property crime; "ma túy" and "tín
 * dụng đen" share none but feed each other. Symmetric; a problem is never related to itself
 * (that is an exact match). The site's own editorial judgement, stated to the user as such.
 */
import type { Problem } from '../../schema/vocab.ts';

type Relation = readonly [Problem, Problem, string];

/** Grassroots information ("nắm tình hình") helps against every offence people can see coming. */
const SEEN_BY_NEIGHBOURS: readonly Problem[] = [
  'trom-cap-tai-san',
  'cuop-tai-san',
  'ma-tuy',
  'mua-ban-nguoi',
  'xuat-nhap-canh-trai-phep',
  'lua-dao',
  'gay-roi',
  'mau-thuan',
  'bao-luc-gia-dinh',
  'co-bac',
  'te-nan-xa-hoi',
  'vi-pham-tren-bien',
  'xam-pham-bien-gioi',
  'buon-lau',
  'tai-pham',
  'thanh-thieu-nien-vi-pham',
  'loi-dung-ton-giao',
  'mat-trat-tu-le-hoi',
  'vu-khi',
  'tin-dung-den',
];

const RELATIONS: readonly Relation[] = [
  ...SEEN_BY_NEIGHBOURS.map((p): Relation => ['nam-tinh-hinh', p, 'nắm tình hình ở cơ sở giúp phát hiện sớm vụ việc loại này']),
  ['trom-cap-tai-san', 'cuop-tai-san', 'cùng là xâm phạm tài sản'],
  ['trom-cap-tai-san', 'lua-dao', 'cùng là chiếm đoạt tài sản'],
  ['cuop-tai-san', 'lua-dao', 'cùng là chiếm đoạt tài sản'],
  ['mat-trat-tu-le-hoi', 'trom-cap-tai-san', 'móc túi, trộm cắp là một phần của mất trật tự ở lễ hội'],
  ['mat-trat-tu-le-hoi', 'lua-dao', 'ép giá, lừa khách là một phần của mất trật tự ở lễ hội'],
  ['mat-trat-tu-le-hoi', 'gay-roi', 'chèo kéo, gây rối là một phần của mất trật tự ở lễ hội'],
  ['mua-ban-nguoi', 'xuat-nhap-canh-trai-phep', 'nạn nhân thường bị đưa qua biên giới trái phép'],
  ['buon-lau', 'xuat-nhap-canh-trai-phep', 'cùng qua lại biên giới trái phép'],
  ['xam-pham-bien-gioi', 'xuat-nhap-canh-trai-phep', 'cùng là an ninh đường biên'],
  ['xam-pham-bien-gioi', 'buon-lau', 'cùng là an ninh đường biên'],
  ['ma-tuy', 'buon-lau', 'ma túy thường được vận chuyển qua biên giới'],
  ['vi-pham-tren-bien', 'xam-pham-bien-gioi', 'cùng là bảo vệ chủ quyền, biên giới trên biển'],
  ['vi-pham-tren-bien', 'buon-lau', 'buôn lậu đường biển'],
  ['ma-tuy', 'te-nan-xa-hoi', 'cùng là tệ nạn xã hội'],
  ['co-bac', 'te-nan-xa-hoi', 'cùng là tệ nạn xã hội'],
  ['ma-tuy', 'co-bac', 'cùng là tệ nạn xã hội'],
  ['tin-dung-den', 'co-bac', 'cờ bạc, số đề dẫn đến vay lãi nặng'],
  ['tin-dung-den', 'gay-roi', 'đòi nợ thuê thường gây rối, đe dọa'],
  ['ma-tuy', 'tai-pham', 'người sử dụng ma túy dễ tái phạm'],
  ['thanh-thieu-nien-vi-pham', 'gay-roi', 'thanh thiếu niên tụ tập gây rối'],
  ['thanh-thieu-nien-vi-pham', 'ma-tuy', 'thanh thiếu niên dễ bị lôi kéo sử dụng ma túy'],
  ['thanh-thieu-nien-vi-pham', 'an-toan-giao-thong', 'đua xe trái phép'],
  ['thanh-thieu-nien-vi-pham', 'tai-pham', 'cùng là giáo dục người vi phạm tại cộng đồng'],
  ['mau-thuan', 'bao-luc-gia-dinh', 'mâu thuẫn trong gia đình dẫn đến bạo lực'],
  ['mau-thuan', 'gay-roi', 'mâu thuẫn không được hòa giải dẫn đến gây rối'],
  ['vu-khi', 'chay-no', 'vật liệu nổ gây cháy, nổ'],
  ['vu-khi', 'gay-roi', 'gây rối có dùng hung khí'],
  ['loi-dung-ton-giao', 'mau-thuan', 'tranh chấp trong đồng bào có đạo'],
];

const index = new Map<Problem, Map<Problem, string>>();
for (const [a, b, why] of RELATIONS) {
  if (a === b) throw new Error(`related-problems: ${a} related to itself`);
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    if (!index.has(x)) index.set(x, new Map());
    index.get(x)!.set(y, why);
  }
}

/** Why a and b are related, or undefined when they are not (or are the same problem). */
export function problemRelation(a: Problem, b: Problem): string | undefined {
  return index.get(a)?.get(b);
}
