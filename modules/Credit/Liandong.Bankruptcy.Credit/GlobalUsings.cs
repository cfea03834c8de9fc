global using Liandong.Bankruptcy.Credit.Contracts;
