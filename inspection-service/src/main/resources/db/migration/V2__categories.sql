-- Inspection categories (检查类别) and the groups whose plans may share one visit.
insert into category (code, name, group_code) values
    ('WORK_SAFETY',          '安全生产', 'SAFETY'),
    ('FIRE',                 '消防',     'SAFETY'),
    ('FOOD_DRUG',            '食品药品', 'SAFETY'),
    ('ENVIRONMENT',          '生态环境', 'ECOLOGY'),
    ('NATURAL_RESOURCES',    '自然资源', 'ECOLOGY'),
    ('RURAL_REVITALIZATION', '乡村振兴', 'RURAL'),
    ('AGRICULTURE',          '农业农村', 'RURAL'),
    ('PARTY_BUILDING',       '党建',     'GOVERNANCE'),
    ('PUBLIC_SECURITY',      '平安建设', 'GOVERNANCE'),
    ('EDUCATION',            '教育',     'SOCIAL'),
    ('HEALTH',               '卫生健康', 'SOCIAL'),
    ('CIVIL_AFFAIRS',        '民政',     'SOCIAL'),
    ('FINANCE',              '财政',     'ECONOMY'),
    ('AUDIT',                '审计',     'ECONOMY'),
    ('STATISTICS',           '统计',     'ECONOMY'),
    ('MARKET_REGULATION',    '市场监管', 'ECONOMY');
