// A deterministic generator of realistic catalogues for the benchmark: the same seed and size
// always give the same bytes. Shapes follow the forum this app was made for: ~300 Chinese and
// ~160 Japanese universities with a long tail of exhibits each (Zipf), ten fields, TRL mostly
// 3–6, Chinese exhibits in zh (+ en for most), Japanese ones in ja (+ en for most).
//
// Usage: node tests/bench/generate.mjs <out dir> [sizes…]   (default sizes: 1000 10000 100000)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, fast and good enough to pick words; fixed seed, fixed output. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = [
  ['agriculture', 'Agriculture', '农业', '農業'],
  ['low-carbon', 'Low-carbon technology', '低碳技术', '低炭素技術'],
  ['tcm', 'Traditional Chinese medicine', '中医药', '中医学'],
  ['materials', 'Materials', '材料', '材料'],
  ['ict', 'Information technology', '信息技术', '情報技術'],
  ['life-sciences', 'Life sciences & medicine', '生命科学与医学', '生命科学・医学'],
  ['environment', 'Environment & ecology', '环境与生态', '環境・生態'],
  ['engineering', 'Engineering', '工程', '工学'],
  ['geoscience', 'Geoscience', '地球科学', '地球科学'],
  ['forestry', 'Forestry', '林业', '林業'],
];
// Field popularity, roughly as in the demo catalogues.
const FIELD_WEIGHTS = [17, 19, 8, 19, 25, 15, 16, 19, 7, 6];

// Technologies and applications, aligned across languages: [en, zh, ja].
const TECH = [
  ['machine learning', '机器学习', '機械学習'], ['drone imaging', '无人机成像', 'ドローン画像'],
  ['biochar', '生物炭', 'バイオ炭'], ['solid-state battery', '固态电池', '全固体電池'],
  ['hydrogen catalyst', '制氢催化剂', '水素触媒'], ['gene editing', '基因编辑', 'ゲノム編集'],
  ['herbal extract', '中药提取物', '生薬エキス'], ['perovskite film', '钙钛矿薄膜', 'ペロブスカイト膜'],
  ['soil sensor', '土壤传感器', '土壌センサー'], ['edge AI chip', '边缘AI芯片', 'エッジAIチップ'],
  ['carbon capture membrane', '碳捕集膜', 'CO2分離膜'], ['microbial fertiliser', '微生物肥料', '微生物肥料'],
  ['graphene coating', '石墨烯涂层', 'グラフェンコーティング'], ['satellite remote sensing', '卫星遥感', '衛星リモートセンシング'],
  ['acupuncture device', '针灸装置', '鍼治療装置'], ['bamboo composite', '竹基复合材料', '竹複合材料'],
  ['rice breeding marker', '水稻育种标记', 'イネ育種マーカー'], ['wastewater bioreactor', '污水生物反应器', '排水バイオリアクター'],
  ['quantum sensor', '量子传感器', '量子センサー'], ['smart greenhouse', '智能温室', 'スマート温室'],
];
const APPS = [
  ['precision farming', '精准农业', '精密農業'], ['power grids', '电网', '電力網'],
  ['elderly care', '养老护理', '高齢者介護'], ['cold-region crops', '寒区作物', '寒冷地作物'],
  ['coastal aquaculture', '近海养殖', '沿岸養殖'], ['steel plants', '钢铁厂', '製鉄所'],
  ['urban buildings', '城市建筑', '都市建築'], ['forest monitoring', '森林监测', '森林モニタリング'],
  ['drug discovery', '药物发现', '創薬'], ['electric vehicles', '电动汽车', '電気自動車'],
  ['food safety', '食品安全', '食品安全'], ['disaster prevention', '防灾减灾', '防災'],
];
const NOUNS = [
  ['system', '系统', 'システム'], ['method', '方法', '手法'], ['platform', '平台', 'プラットフォーム'],
  ['device', '装置', '装置'], ['process', '工艺', 'プロセス'], ['material', '材料', '材料'],
];
const CN_CITIES = ['Beijing', 'Shanghai', 'Wuhan', 'Xiamen', 'Nanjing', 'Chengdu', 'Harbin', 'Xi’an', 'Changsha', 'Hangzhou',
  'Guangzhou', 'Shenzhen', 'Tianjin', 'Jinan', 'Kunming', 'Lanzhou', 'Nanchang', 'Fuzhou', 'Hefei', 'Taiyuan'];
const CN_ZH = ['北京', '上海', '武汉', '厦门', '南京', '成都', '哈尔滨', '西安', '长沙', '杭州',
  '广州', '深圳', '天津', '济南', '昆明', '兰州', '南昌', '福州', '合肥', '太原'];
const CN_KINDS = [['University of Technology', '理工大学'], ['Agricultural University', '农业大学'],
  ['Normal University', '师范大学'], ['University of Chinese Medicine', '中医药大学'], ['Forestry University', '林业大学'],
  ['University of Science and Technology', '科技大学'], ['Medical University', '医科大学'], ['Ocean University', '海洋大学'],
  ['Jiaotong University', '交通大学'], ['Polytechnic University', '工业大学'], ['University', '大学'], ['Institute of Technology', '工学院'],
  ['University of Finance', '财经大学'], ['Maritime University', '海事大学'], ['University of Petroleum', '石油大学']];
const JP_PLACES = [['Hokkaido', '北海道'], ['Tohoku', '東北'], ['Tsukuba', '筑波'], ['Chiba', '千葉'], ['Tokyo', '東京'],
  ['Nagoya', '名古屋'], ['Kyoto', '京都'], ['Osaka', '大阪'], ['Kobe', '神戸'], ['Hiroshima', '広島'], ['Kyushu', '九州'],
  ['Niigata', '新潟'], ['Kanazawa', '金沢'], ['Okayama', '岡山'], ['Kumamoto', '熊本'], ['Shinshu', '信州'],
  ['Gifu', '岐阜'], ['Mie', '三重'], ['Ehime', '愛媛'], ['Kagoshima', '鹿児島']];
const JP_KINDS = [['University', '大学'], ['Institute of Technology', '工業大学'], ['University of Agriculture', '農業大学'],
  ['Medical University', '医科大学'], ['University of Marine Science', '海洋大学'], ['Prefectural University', '県立大学'],
  ['City University', '市立大学'], ['University of Education', '教育大学']];
const IP = ['granted', 'pending', 'unpublished', 'none'];
const COOP = ['licensing', 'joint-research', 'transfer', 'investment', 'consulting'];
const EVENTS = [['main-forum', 'Main forum', '主论坛', 'メインフォーラム'],
  ['seminar-tcm', 'Seminar: Traditional Chinese medicine', '专题研讨：中医药', 'セミナー：中医学'],
  ['seminar-low-carbon', 'Seminar: Low-carbon technology', '专题研讨：低碳技术', 'セミナー：低炭素技術'],
  ['seminar-agriculture', 'Seminar: Agriculture', '专题研讨：农业', 'セミナー：農業']];

function institutions() {
  const list = [];
  for (let i = 0; i < 300; i += 1) {
    const [kind, kindZh] = CN_KINDS[i % CN_KINDS.length];
    const c = Math.floor(i / CN_KINDS.length) % CN_CITIES.length;
    list.push({ id: `cn-u${i}`, country: 'CN', name: { en: `${CN_CITIES[c]} ${kind}`, zh: `${CN_ZH[c]}${kindZh}` } });
  }
  for (let i = 0; i < 160; i += 1) {
    const [kind, kindJa] = JP_KINDS[i % JP_KINDS.length];
    const [place, placeJa] = JP_PLACES[Math.floor(i / JP_KINDS.length) % JP_PLACES.length];
    list.push({ id: `jp-u${i}`, country: 'JP', name: { en: `${place} ${kind}`, ja: `${placeJa}${kindJa}` } });
  }
  return list;
}

/** One catalogue of `size` exhibits, as the JSON text a university would publish. */
export function generate(size, seed = 2022) {
  const random = rng(seed + size);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const weighted = (weights) => {
    let r = random() * weights.reduce((a, b) => a + b, 0);
    return weights.findIndex((w) => (r -= w) < 0);
  };
  const insts = institutions();
  // Zipf over institutions: a few universities show many inventions, most show a few.
  const zipf = insts.map((_, i) => 1 / (i + 1) ** 0.8);
  const trlWeights = [2, 5, 12, 16, 17, 14, 9, 5, 2];
  const exhibits = [];
  for (let n = 0; n < size; n += 1) {
    const inst = insts[weighted(zipf)];
    const [tech, app, noun] = [pick(TECH), pick(APPS), pick(NOUNS)];
    const local = inst.country === 'CN' ? 'zh' : 'ja';
    const withEnglish = random() < (local === 'zh' ? 0.8 : 0.7);
    const title = { [local]: local === 'zh' ? `基于${tech[1]}的${app[1]}${noun[1]}` : `${tech[2]}を用いた${app[2]}向け${noun[2]}` };
    const summary = {
      [local]: local === 'zh'
        ? `本项目将${tech[1]}应用于${app[1]}，已完成中试验证，可降低成本并提高效率。寻求企业合作开展产业化。`
        : `${tech[2]}を${app[2]}に応用する技術で、実証試験によりコスト削減と効率向上を確認しました。実用化の連携先を募集しています。`,
    };
    if (withEnglish) {
      title.en = `${tech[0][0].toUpperCase()}${tech[0].slice(1)} ${noun[0]} for ${app[0]}`;
      summary.en = `Applies ${tech[0]} to ${app[0]}; pilot trials show lower cost and higher efficiency. Partners are sought for licensing or joint development.`;
    }
    const fields = [FIELDS[weighted(FIELD_WEIGHTS)][0]];
    if (random() < 0.4) {
      const second = FIELDS[weighted(FIELD_WEIGHTS)][0];
      if (second !== fields[0]) fields.push(second);
    }
    const exhibit = {
      id: `x${n}`,
      title,
      summary,
      institution: inst.id,
      fields,
      keywords: [{ en: tech[0], zh: tech[1], ja: tech[2] }, { en: app[0], zh: app[1], ja: app[2] }],
      cooperation: COOP.filter(() => random() < 0.35),
      updated: `20${22 + Math.floor(random() * 5)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`,
    };
    if (random() < 0.9) exhibit.trl = 1 + weighted(trlWeights);
    if (random() < 0.85) exhibit.ip = pick(IP);
    if (random() < 0.3) exhibit.events = [pick(EVENTS)[0]];
    exhibits.push(exhibit);
  }
  const used = new Set(exhibits.map((e) => e.institution));
  return JSON.stringify({
    format: 'showcase/1',
    id: `bench-${size}`,
    title: { en: `Benchmark catalogue (${size} generated exhibits)`, zh: `基准测试目录（${size} 个生成展项）`, ja: `ベンチマーク用カタログ（生成した出展 ${size} 件）` },
    sample: true,
    institutions: insts.filter((i) => used.has(i.id)),
    fields: FIELDS.map(([id, en, zh, ja]) => ({ id, name: { en, zh, ja } })),
    events: EVENTS.map(([id, en, zh, ja]) => ({ id, name: { en, zh, ja } })),
    exhibits,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, ...sizes] = process.argv.slice(2);
  if (!out) throw new Error('usage: node tests/bench/generate.mjs <out dir> [sizes…]');
  mkdirSync(out, { recursive: true });
  for (const size of (sizes.length ? sizes : ['1000', '10000', '100000']).map(Number)) {
    const file = join(out, `bench-${size}.json`);
    const text = generate(size);
    writeFileSync(file, text);
    console.log(`${file}: ${size} exhibits, ${text.length.toLocaleString('en')} bytes`);
  }
}
